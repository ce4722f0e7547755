import type { TableKind } from '../tables';
import { matchHeaders, type HeaderMatch } from './matchHeaders';
import { requiredGroups, unsatisfiedGroups } from './required';
import { KIND_SPECS } from './synonyms';
import type { HeaderCell } from './types';

/** A header row's best kind, with the evidence. */
export interface Classified extends HeaderMatch {
  /** Required groups satisfied, out of `requiredTotal`. */
  readonly requiredMet: number;
  readonly requiredTotal: number;
  readonly hinted: boolean;
  /** 0..1, see `confidenceOf`. */
  readonly confidence: number;
}

const HINT_BONUS = 2;
// Matched fields that make a header row certain whatever the number of unknown columns beside it.
const WIDE_TABLE_FIELDS = 4;
// Specific evidence (fields beyond 学号/姓名, plus a title hint) that makes a table certain.
const SPECIFIC_FOR_CERTAINTY = 5;

function hinted(kind: TableKind, hintTexts: readonly string[]): boolean {
  const spec = KIND_SPECS.find((s) => s.kind === kind);
  return !!spec && hintTexts.some((t) => spec.hints.some((h) => t.includes(h)));
}

/** Half from required fields found, half from how specific the other evidence is. */
function confidenceOf(m: HeaderMatch, requiredMet: number, total: number, hint: boolean): number {
  const specific = m.specific + (hint ? HINT_BONUS : 0);
  const value = 0.5 * (requiredMet / total) + 0.5 * Math.min(1, specific / SPECIFIC_FOR_CERTAINTY);
  return Math.round(value * 100) / 100;
}

/** Scores one header row (its cells, plus title and sheet-name texts as hints) for one kind. */
export function classifyAs(
  kind: TableKind,
  cells: readonly HeaderCell[],
  hintTexts: readonly string[],
): Classified {
  const match = matchHeaders(kind, cells);
  const total = requiredGroups(kind).length;
  const requiredMet = total - unsatisfiedGroups(kind, match.columns).length;
  const hint = hinted(kind, hintTexts);
  return {
    ...match,
    score: match.score + (hint ? HINT_BONUS : 0),
    requiredMet,
    requiredTotal: total,
    hinted: hint,
    confidence: confidenceOf(match, requiredMet, total, hint),
  };
}

/**
 * The kind a row of header cells most likely heads, or undefined when the row is not a header:
 * it needs two matched fields and one required group, or three matched fields, and at least a
 * third of its cells recognised (a data row rarely matches two header words).
 */
export function classifyHeaderRow(
  cells: readonly HeaderCell[],
  hintTexts: readonly string[],
): Classified | undefined {
  let best: Classified | undefined;
  for (const spec of KIND_SPECS) {
    const c = classifyAs(spec.kind, cells, hintTexts);
    if (!best || c.score > best.score) best = c;
  }
  if (!best) return undefined;
  const enough = best.matchedFields >= 3 || (best.matchedFields >= 2 && best.requiredMet >= 1);
  const recognisedShare = best.recognisedCells / Math.max(1, cells.length);
  // A sheet with hundreds of the teacher's own columns is still a table when every required field
  // and a few more are there: a data row never names them all.
  const certain =
    best.requiredMet === best.requiredTotal && best.matchedFields >= WIDE_TABLE_FIELDS;
  return enough && (recognisedShare >= 1 / 3 || certain) ? best : undefined;
}
