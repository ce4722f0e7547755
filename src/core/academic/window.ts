import type { TermWindow } from '../policy/types';
import type { TermKey } from '../records';
import { NO_TERM, termCode, termFromCode } from './termKey';

/** The terms a window covers, as an inclusive range of term codes (see termKey.ts). */
export interface WindowRange {
  readonly kind: TermWindow;
  readonly lo: number;
  readonly hi: number;
  /** Rows without a term only count since entry: there is no telling which term they belong to. */
  readonly includesNoTerm: boolean;
}

/**
 * The window measured back from `reference`. Terms after the reference are left out of every window,
 * so a reference set in the policy reproduces that term's check even when newer rows exist.
 * Without a reference (no termed rows), only 'since-entry' covers anything.
 */
export function windowRange(kind: TermWindow, reference: TermKey | undefined): WindowRange {
  const includesNoTerm = kind === 'since-entry';
  if (reference === undefined) {
    return {
      kind,
      lo: 1,
      hi: kind === 'since-entry' ? Number.MAX_SAFE_INTEGER : 0,
      includesNoTerm,
    };
  }
  const hi = termCode(reference);
  const lo = kind === 'last-term' ? hi : kind === 'last-year' ? reference.startYear * 4 : 1;
  return { kind, lo, hi, includesNoTerm };
}

/** Whether a term code (NO_TERM included) falls inside the window. */
export function inWindow(range: WindowRange, code: number): boolean {
  return code === NO_TERM ? range.includesNoTerm : code >= range.lo && code <= range.hi;
}

/** The terms of `codes` inside the window, oldest first. */
export function termsInWindow(range: WindowRange, codes: Iterable<number>): TermKey[] {
  const inside: number[] = [];
  for (const code of codes) if (code !== NO_TERM && inWindow(range, code)) inside.push(code);
  inside.sort((a, b) => a - b);
  return inside.map((code) => termFromCode(code)).filter((t): t is TermKey => t !== undefined);
}
