import type { ReportSheetNames } from '../report/names';

/**
 * How a host recognises what the product created, never by a sheet's name: a hidden sheet-scoped
 * name on each sheet it writes, holding this text. A teacher's own sheet called 检查报告 carries
 * none. Both hosts (Excel, WPS) store the same text, so a workbook moved between them is read alike.
 */

/** Sheet-scoped defined name holding the owner key of a product sheet. */
export const SHEET_MARK = 'UnionCompliance_Owner';

/** What a product sheet is for; re-running replaces the sheet with the same key. */
export type OwnerKey = `report:${string}` | `model:${string}` | `import:${string}`;

/** A sheet marker: what the sheet is for, and the run that wrote it (to undo a failed run). */
export interface SheetOwner {
  readonly key: OwnerKey;
  readonly token: string;
}

/** The name's formula: a text constant (`="report:检查报告#k3x9"`). */
export function ownerFormula(key: OwnerKey, token: string): string {
  return `="${`${key}#${token}`.replace(/"/g, '""')}"`;
}

/** The owner in a marker's text (the name's value), or undefined for anything that is not one. */
export function parseOwner(value: unknown): SheetOwner | undefined {
  if (typeof value !== 'string' || !/^(report|model|import):/.test(value)) return undefined;
  const hash = value.lastIndexOf('#');
  if (hash < 0) return undefined;
  return { key: value.slice(0, hash) as OwnerKey, token: value.slice(hash + 1) };
}

/** The owner in a marker's formula as a host returns it (`="report:…#tok"`), or undefined. */
export function parseOwnerFormula(formula: unknown): SheetOwner | undefined {
  if (typeof formula !== 'string') return undefined;
  const m = /^="(.*)"$/s.exec(formula.trim());
  return m ? parseOwner(m[1]!.replace(/""/g, '"')) : undefined;
}

/** A fresh token for one run's marks and sheets. */
export function newToken(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/**
 * The owner key of one report sheet: by its role, not its name, so a re-run in another language
 * or beside a teacher's 检查报告 (named `检查报告 (2)`) still replaces the product's own sheet.
 */
export function reportOwner(names: ReportSheetNames, sheet: string): OwnerKey {
  const role =
    sheet === names.report
      ? 'report'
      : sheet === names.roster
        ? 'roster'
        : sheet === names.departments
          ? 'departments'
          : sheet;
  return `report:${role}`;
}

/** Whether a sheet's owner marks it as one of the check's report sheets (replaced by every check). */
export function ownsReport(owner: SheetOwner | undefined): boolean {
  return owner?.key.startsWith('report:') === true;
}
