import type { GradeRow, SampleData, Term } from '../model';
import type { Fraction, Reading } from './academic';
import { average, greater } from './academic';
import { limitRank } from './policy';

export interface RankResult {
  readonly rank: number;
  readonly cohortSize: number;
  readonly limitRank: number;
  readonly average: Fraction;
  /** `计算机应用技术/2024级` */
  readonly cohort: string;
}

/**
 * Ranks every student in the grade data within their cohort: same major and same entry year, union
 * members or not. Only students with an average in the window take part (a student whose window
 * holds nothing averageable has no rank and does not count in the cohort size).
 */
export function rankAll(
  data: SampleData,
  rows: ReadonlyMap<string, readonly GradeRow[]>,
  ref: Term,
  reading: Reading,
): Map<string, RankResult> {
  const cohorts = new Map<string, { id: string; avg: Fraction }[]>();
  for (const s of data.students) {
    const own = rows.get(s.studentId);
    if (!own) continue;
    const avg = average(own, ref, reading);
    if (!avg) continue;
    const key = `${s.major}/${s.entryYear}级`;
    const list = cohorts.get(key);
    if (list) list.push({ id: s.studentId, avg });
    else cohorts.set(key, [{ id: s.studentId, avg }]);
  }
  const out = new Map<string, RankResult>();
  for (const [cohort, list] of cohorts) {
    const n = list.length;
    for (const me of list) {
      let above = 0;
      for (const other of list) {
        if (other === me) continue;
        if (greater(other.avg, me.avg)) above++;
        else if (reading.tiesWorse && !greater(me.avg, other.avg)) above++;
      }
      out.set(me.id, {
        rank: above + 1,
        cohortSize: n,
        limitRank: limitRank(n),
        average: me.avg,
        cohort,
      });
    }
  }
  return out;
}
