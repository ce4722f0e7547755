import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells';

type Result = NonNullable<ExcelJS.CellFormulaValue['result']>;

function fromText(text: string): CellValue {
  // A cell holding "" looks empty in Excel, so the core sees it as empty too.
  return text === '' ? null : text;
}

function richToText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text ?? '').join('');
}

function fromResult(result: Result | undefined): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'string') return fromText(result);
  if (typeof result === 'number') return Number.isFinite(result) ? result : null;
  if (typeof result === 'boolean' || result instanceof Date) return result;
  return { error: result.error };
}

/**
 * One exceljs cell value as the core's `CellValue`: formulas give their cached result (none → null),
 * rich text and hyperlinks give their text, `{ sharedString: i }` is looked up in `sharedStrings`.
 */
export function fromExcelJsValue(
  value: ExcelJS.CellValue | { sharedString: number },
  sharedStrings: readonly string[] = [],
): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return fromText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return fromText(richToText(value));
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return fromText(text);
    return typeof text === 'object' && text !== null && 'richText' in text
      ? fromText(richToText(text as ExcelJS.CellRichTextValue))
      : null;
  }
  if ('sharedString' in value) return fromText(sharedStrings[value.sharedString] ?? '');
  if ('formula' in value || 'sharedFormula' in value) return fromResult(value.result);
  return null;
}
