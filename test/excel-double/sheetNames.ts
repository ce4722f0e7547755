import { RichApiError } from './errors';
import { MAX_SHEET_NAME } from './limits';
import type { WorkbookState } from './state';

/** Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], no edge apostrophe. */
export function checkSheetName(wb: WorkbookState, name: unknown, exceptId?: string): string {
  const ok =
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history';
  if (!ok) throw new RichApiError('InvalidArgument', `Invalid sheet name ${JSON.stringify(name)}.`);
  const taken = wb.sheets.some(
    (s) => s.id !== exceptId && s.name.toUpperCase() === name.toUpperCase(),
  );
  if (taken) throw new RichApiError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
  return name;
}

/** Excel's rule for defined names and table names. */
export function checkDefinedName(name: unknown): string {
  const ok =
    typeof name === 'string' &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    name.length <= 255;
  if (!ok) throw new RichApiError('InvalidArgument', `Invalid name ${JSON.stringify(name)}.`);
  return name;
}
