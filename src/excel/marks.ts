/**
 * How the product recognises what it created, never by a sheet's name: a hidden sheet-scoped
 * name on each sheet it writes, and a marker string inside each highlight's rule formula. A
 * teacher's own sheet called 检查报告 and a teacher's own conditional formats carry neither.
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

/** The owner of a marker value, or undefined for anything that is not one. */
export function parseOwner(value: unknown): SheetOwner | undefined {
  if (typeof value !== 'string' || !/^(report|model|import):/.test(value)) return undefined;
  const hash = value.lastIndexOf('#');
  if (hash < 0) return undefined;
  return { key: value.slice(0, hash) as OwnerKey, token: value.slice(hash + 1) };
}

/** A fresh token for one run's marks and sheets. */
export function newToken(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** Which of the three highlight colours a mark is. */
export type MarkKind = 'ineligible' | 'pending' | 'overLimit';

const CF_TAG = 'UnionCompliance|';

/**
 * The rule formula of a product highlight: always TRUE (N of a text is 0), and self-describing so
 * that clearing can find exactly the product's formats. `token` identifies the run that made it.
 */
export function markFormula(kind: MarkKind, token: string): string {
  return `=N("${CF_TAG}${kind}|${token}")=0`;
}

/** Whether a conditional format's formula is one of the product's highlights (of `token`, if given). */
export function isMarkFormula(formula: unknown, token?: string): boolean {
  if (typeof formula !== 'string' || !formula.includes(CF_TAG)) return false;
  return token === undefined || formula.includes(`|${token}")`);
}
