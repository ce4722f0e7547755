/** Which of the three highlight colours a mark is. */
export type MarkKind = 'ineligible' | 'pending' | 'overLimit';

/**
 * Kinds in the order their formats are added: both hosts give the newest rule priority, so
 * over-limit cells win where they overlap a member's row.
 */
export const MARK_ORDER: readonly MarkKind[] = ['pending', 'ineligible', 'overLimit'];

const CF_TAG = 'UnionCompliance|';

/**
 * The rule formula of a product highlight: always TRUE (N of a text is 0), and self-describing so
 * that clearing finds exactly the product's formats. `token` identifies the run that made it.
 */
export function markFormula(kind: MarkKind, token: string): string {
  return `=N("${CF_TAG}${kind}|${token}")=0`;
}

/** Whether a conditional format's formula is one of the product's highlights (of `token`, if given). */
export function isMarkFormula(formula: unknown, token?: string): boolean {
  if (typeof formula !== 'string' || !formula.includes(CF_TAG)) return false;
  return token === undefined || formula.includes(`|${token}")`);
}
