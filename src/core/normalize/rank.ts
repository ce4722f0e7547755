import type { CellValue } from '../cells';
import type { SchoolRank } from '../records';
import { parseNumber } from './number';
import { cellText } from './text';

const RANK_OF = /^(\d+)\/(\d+)$/;
const PERCENT = /^前?(\d+(?:\.\d+)?)%$/;
const WHOLE = /^\d+$/;

interface Parsed {
  rank?: number;
  cohortSize?: number;
  percent?: number;
}

/** Percent from a percent cell: 0.08 (a cell formatted as %), 8, "8%" or "前8%". */
function percentOf(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number') return v > 0 && v < 1 ? v * 100 : v;
  const text = cellText(v).replace(/\s/g, '');
  const p = PERCENT.exec(text);
  if (p?.[1]) return Number(p[1]);
  const n = parseNumber(text);
  return n !== undefined && n > 0 && n < 1 ? n * 100 : n;
}

/** Cohort size from 120, "120" or "120人"; NaN when the cell holds something else. */
function cohortOf(v: CellValue | undefined): number | undefined {
  const text = cellText(v)
    .replace(/\s/g, '')
    .replace(/[人名]$/, '');
  if (!text) return undefined;
  return parseNumber(text) ?? Number.NaN;
}

function parseRankCell(v: CellValue | undefined): Parsed | undefined {
  if (typeof v === 'number') {
    if (v > 0 && v < 1) return { percent: v * 100 };
    return Number.isInteger(v) && v >= 1 ? { rank: v } : undefined;
  }
  const text = cellText(v).replace(/\s/g, '').replace(/^第/, '').replace(/名/g, '');
  const of = RANK_OF.exec(text);
  if (of?.[1] && of[2]) return { rank: Number(of[1]), cohortSize: Number(of[2]) };
  const p = PERCENT.exec(text);
  if (p?.[1]) return { percent: Number(p[1]) };
  if (WHOLE.test(text)) return { rank: Number(text) };
  const n = parseNumber(text);
  return n !== undefined && n > 0 && n < 1 ? { percent: n * 100 } : undefined;
}

/**
 * The school's own 综合排名: "5/120", 5 with a cohort-size cell, "8%", "前10%", 0.08, or a
 * percent cell alone. Undefined when every cell is empty or the values do not make sense
 * (rank above the cohort, percent over 100); the row reader reports the latter.
 */
export function parseSchoolRank(
  rankCell: CellValue | undefined,
  cohortCell?: CellValue,
  percentCell?: CellValue,
): SchoolRank | undefined {
  const rankText = cellText(rankCell);
  const percentText = cellText(percentCell);
  if (!rankText && !percentText) return undefined;
  const parsed: Parsed = rankText ? (parseRankCell(rankCell) ?? {}) : {};
  if (rankText && parsed.rank === undefined && parsed.percent === undefined) return undefined;
  const cohort = parsed.cohortSize ?? cohortOf(cohortCell);
  const given = parsed.percent ?? (percentText ? percentOf(percentCell) : undefined);
  if (percentText && given === undefined) return undefined;
  const rank = parsed.rank;
  if (cohort !== undefined && (!Number.isInteger(cohort) || cohort < 1)) return undefined;
  if (rank !== undefined && cohort !== undefined && rank > cohort) return undefined;
  const percent = given ?? (rank !== undefined && cohort ? (rank / cohort) * 100 : undefined);
  if (percent !== undefined && (percent <= 0 || percent > 100)) return undefined;
  return {
    ...(rank !== undefined ? { rank } : {}),
    ...(cohort !== undefined ? { cohortSize: cohort } : {}),
    ...(percent !== undefined ? { percent } : {}),
    raw: rankText || percentText,
  };
}
