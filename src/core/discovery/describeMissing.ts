import { t } from '../messages';
import type { AnyField, SheetHead, TableMapping } from '../tables';
import { requiredGroups } from './required';
import type { Issue } from '../issue';

// Enough found headers to recognise the sheet without flooding the message.
const MAX_FOUND = 12;

function fieldNames(group: readonly AnyField[], lang: 'zh' | 'en'): string {
  const names = group.map((f) => t(`input.field.${f}`, lang));
  return lang === 'zh'
    ? names.map((n) => `「${n}」`).join('或')
    : names.map((n) => `"${n}"`).join(' or ');
}

function foundList(mapping: TableMapping, separator: string): string {
  const texts = mapping.headers.map((h) => h.text);
  const shown = texts.slice(0, MAX_FOUND).join(separator);
  if (texts.length === 0) return separator === '、' ? '无' : 'none';
  return texts.length > MAX_FOUND ? `${shown}…` : shown;
}

/**
 * One error per required column the table lacks, naming the sheet, the header row, the missing
 * header (or its alternatives) and the headers that were found instead.
 */
export function describeMissing(mapping: TableMapping): Issue[] {
  const missing = new Set<AnyField>(mapping.missing);
  return requiredGroups(mapping.kind)
    .filter((group) => group.some((f) => missing.has(f)))
    .map((group) => ({
      severity: 'error',
      messageKey: 'input.table.missingField',
      params: {
        sheet: mapping.sheet,
        row: mapping.headerRow,
        kind: t(`input.kind.${mapping.kind}`, 'zh'),
        kindEn: t(`input.kind.${mapping.kind}`, 'en'),
        field: fieldNames(group, 'zh'),
        fieldEn: fieldNames(group, 'en'),
        found: foundList(mapping, '、'),
        foundEn: foundList(mapping, ', '),
      },
      ref: {
        ...(mapping.file !== undefined ? { file: mapping.file } : {}),
        sheet: mapping.sheet,
        row: mapping.headerRow,
      },
    }));
}

/** The warning for a sheet where discovery found no table. */
export function describeNoTable(head: SheetHead): Issue {
  return {
    severity: 'warning',
    messageKey: 'input.sheet.noTable',
    params: { sheet: head.sheet },
    ref: {
      ...(head.file !== undefined ? { file: head.file } : {}),
      sheet: head.sheet,
      row: head.firstRow ?? 1,
    },
  };
}
