import type { SampleData } from '../model';
import type { Reading } from './academic';
import { DEFAULT_READING, referenceTerm, rowsByStudent } from './academic';
import { rankAll } from './ranking';

/** Readings the brief leaves open or a product might get subtly wrong; each must leave members' rank outcome unchanged. */
export const VARIANTS: readonly (readonly [string, Partial<Reading>])[] = [
  ['window: last term only', { window: 'last-term' }],
  ['window: last two terms', { window: 'two-terms' }],
  ['window: since entry', { window: 'since-entry' }],
  ['缓考 counted as 0', { deferredAsZero: true }],
  ['旷考 left out of the average', { absentLeftOut: true }],
  ['补考/重修 rows averaged too', { laterAttemptsAveraged: true }],
  [
    'five-level points 90/80/70/60/0',
    { levelPoints: { 优秀: 90, 良好: 80, 中等: 70, 及格: 60, 不及格: 0 } },
  ],
  ['ties take the worse rank', { tiesWorse: true }],
];

/** Averages closer than this to a member's are treated as possibly equal (a product rounding to 2 decimals). */
const NEAR = 0.006;

/**
 * Problems with the sample's margins: for every ranked, non-freshman member other than `sensitive`,
 * the inside/outside verdict must be the same under every variant reading, and no other student's
 * average may sit so close to the member's that rounding could flip it. Returns readable lines.
 */
export function marginProblems(data: SampleData, sensitive: ReadonlySet<string>): string[] {
  const ref = referenceTerm(data);
  if (!ref) return [];
  const rows = rowsByStudent(data);
  const base = rankAll(data, rows, ref, DEFAULT_READING);
  const problems: string[] = [];
  const members = data.members.filter(
    (m) =>
      !sensitive.has(m.studentId) &&
      !m.schoolRank &&
      m.entryYear !== ref.startYear &&
      base.has(m.studentId),
  );
  for (const [label, change] of VARIANTS) {
    const other = rankAll(data, rows, ref, { ...DEFAULT_READING, ...change });
    for (const m of members) {
      const a = base.get(m.studentId)!;
      const b = other.get(m.studentId);
      if (!b || a.rank <= a.limitRank !== b.rank <= b.limitRank) {
        problems.push(
          `${m.studentId} ${m.name}: rank ${a.rank}/${a.limitRank} becomes ${b ? `${b.rank}/${b.limitRank}` : 'none'} (${label})`,
        );
      }
    }
  }
  for (const m of members) {
    const me = base.get(m.studentId)!;
    const mine = me.average.num / me.average.den;
    let above = 0;
    let near = 0;
    for (const [id, r] of base) {
      if (id === m.studentId || r.cohort !== me.cohort) continue;
      const avg = r.average.num / r.average.den;
      if (Math.abs(avg - mine) < NEAR) near++;
      else if (avg > mine) above++;
    }
    const best = above + 1;
    const worst = above + near + 1;
    if (best <= me.limitRank !== worst <= me.limitRank) {
      problems.push(
        `${m.studentId} ${m.name}: ${near} average(s) within ${NEAR} decide inside/outside`,
      );
    }
  }
  return problems;
}
