/**
 * How the WPS adapter recognises what it created, never by a sheet's name: a hidden sheet-level
 * defined name on each sheet it writes, and a marker inside each highlight's rule formula. Both
 * are plain workbook content, so they survive saving as .xlsx and as .et and reopening.
 */

/** Sheet-level defined name holding the owner key of a product sheet. */
export const SHEET_MARK = 'UnionCompliance_Owner';

export type OwnerKind = 'report' | 'model' | 'import';

export interface SheetOwner {
  /** `report:检查报告`, `model:评分表-主席团`, `import:成绩.xlsx|Sheet1`. */
  readonly key: string;
  readonly token: string;
}

/** The name's RefersTo: a text constant. */
export function ownerRefersTo(key: string, token: string): string {
  return `="${`${key}#${token}`.replace(/"/g, '""')}"`;
}

/** The owner in a RefersTo as WPS returns it (`="report:…#tok"`), or undefined. */
export function parseOwnerRefersTo(refersTo: unknown): SheetOwner | undefined {
  if (typeof refersTo !== 'string') return undefined;
  const m = /^="(.*)"$/s.exec(refersTo.trim());
  const text = m ? m[1]!.replace(/""/g, '"') : '';
  if (!/^(report|model|import):/.test(text)) return undefined;
  const hash = text.lastIndexOf('#');
  if (hash < 0) return undefined;
  return { key: text.slice(0, hash), token: text.slice(hash + 1) };
}

/** Whether a defined name's Name is the marker (WPS prefixes sheet-level names with `Sheet!`). */
export function isMarkName(name: unknown): boolean {
  return typeof name === 'string' && (name === SHEET_MARK || name.endsWith(`!${SHEET_MARK}`));
}

export type MarkKind = 'ineligible' | 'pending' | 'overLimit';

const CF_TAG = 'UnionCompliance|';

/** A highlight's rule: always TRUE (N of a text is 0), self-describing so clearing finds it. */
export function markFormula(kind: MarkKind, token: string): string {
  return `=N("${CF_TAG}${kind}|${token}")=0`;
}

/** Whether a conditional format's formula is one of the product's highlights. */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(CF_TAG);
}

/** A fresh token for one run's marks and sheets. */
export function newToken(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}
