import type { Evidence } from '../findings';
import type { AttendanceRecord } from '../records';
import { memberKey } from './memberKey';
import type { AppraisalTemplate, AppraisedMember, EvidenceKind } from './types';
import type { MessageKey } from '../messages';

/** A suggested score with the evidence it rests on (shown beside the form so the panel can judge it). */
export interface Suggestion {
  readonly points: number;
  readonly basisKey: MessageKey;
  readonly params: Evidence;
}

/** A member's rank in the grade data: percent = rank / cohort x 100 (academic/types.ts RankInfo). */
export interface RankEvidence {
  readonly percent: number;
  readonly rank?: number | undefined;
  readonly cohortSize?: number | undefined;
}

export interface EvidenceInput {
  /** Rank percentile by 学号 (computed, or the school's own 综合排名). */
  readonly ranks?: ReadonlyMap<string, RankEvidence>;
  /** Attendance rows from a 签到/考勤 sheet, when the workbook has one. */
  readonly attendance?: readonly AttendanceRecord[];
}

/** Top x% of the major → share of the dimension's maximum. A suggestion, never a verdict. */
export const ACADEMIC_SCALE: readonly { readonly upToPercent: number; readonly share: number }[] = [
  { upToPercent: 10, share: 1 },
  { upToPercent: 20, share: 0.95 },
  { upToPercent: 30, share: 0.9 },
  { upToPercent: 50, share: 0.8 },
  { upToPercent: 70, share: 0.7 },
  { upToPercent: 100, share: 0.6 },
];

/** Attendance rate (percent) → share of the dimension's maximum. */
export const ATTENDANCE_SCALE: readonly {
  readonly atLeastPercent: number;
  readonly share: number;
}[] = [
  { atLeastPercent: 100, share: 1 },
  { atLeastPercent: 95, share: 0.95 },
  { atLeastPercent: 90, share: 0.9 },
  { atLeastPercent: 80, share: 0.8 },
  { atLeastPercent: 70, share: 0.7 },
  { atLeastPercent: 0, share: 0.6 },
];

/** Points rounded to the nearest half point, as scorers write them. */
export function halfPoints(max: number, share: number): number {
  return Math.round(max * share * 2) / 2;
}

function academicSuggestion(max: number, rank: RankEvidence): Suggestion {
  const step =
    ACADEMIC_SCALE.find((s) => rank.percent <= s.upToPercent) ??
    ACADEMIC_SCALE[ACADEMIC_SCALE.length - 1];
  const percent = Math.round(rank.percent * 10) / 10;
  const ranked = rank.rank !== undefined && rank.cohortSize !== undefined;
  return {
    points: halfPoints(max, step?.share ?? 0.6),
    basisKey: ranked ? 'appraisal.basis.rank' : 'appraisal.basis.rankPercent',
    params: ranked ? { rank: rank.rank ?? 0, cohort: rank.cohortSize ?? 0, percent } : { percent },
  };
}

function attendanceTotals(
  records: readonly AttendanceRecord[],
  member: AppraisedMember,
  nameUnique: boolean,
) {
  const mine = records.filter((r) =>
    r.studentId ? r.studentId === member.studentId : nameUnique && r.name === member.name,
  );
  return mine.reduce(
    (sum, r) => ({ attended: sum.attended + r.attended, required: sum.required + r.required }),
    {
      attended: 0,
      required: 0,
    },
  );
}

function attendanceSuggestion(max: number, attended: number, required: number): Suggestion {
  const rate = (Math.min(attended, required) / required) * 100;
  const step = ATTENDANCE_SCALE.find((s) => rate >= s.atLeastPercent);
  return {
    points: halfPoints(max, step?.share ?? 0.6),
    basisKey: 'appraisal.basis.attendance',
    params: { attended, required, percent: Math.round(rate * 10) / 10 },
  };
}

/**
 * Suggested points per member key and dimension index: the academic dimension from the rank
 * percentile, the attendance dimension from sign-in totals (docs/RULES.md §3 suggestions). Members without
 * evidence get no suggestion rather than a guess.
 */
export function suggestScores(
  members: readonly AppraisedMember[],
  template: AppraisalTemplate,
  evidence: EvidenceInput,
): ReadonlyMap<string, ReadonlyMap<number, Suggestion>> {
  const out = new Map<string, Map<number, Suggestion>>();
  const nameCount = new Map<string, number>();
  for (const m of members) nameCount.set(m.name, (nameCount.get(m.name) ?? 0) + 1);
  const put = (member: AppraisedMember, dim: number, suggestion: Suggestion) => {
    const key = memberKey(member);
    out.set(key, (out.get(key) ?? new Map<number, Suggestion>()).set(dim, suggestion));
  };
  const dimOf = (kind: EvidenceKind) => template.dimensions.findIndex((d) => d.evidence === kind);
  const academicDim = dimOf('academic');
  const attendanceDim = dimOf('attendance');
  for (const member of members) {
    const rank = member.studentId ? evidence.ranks?.get(member.studentId) : undefined;
    const academicMax = template.dimensions[academicDim]?.max;
    if (rank && academicMax !== undefined && Number.isFinite(rank.percent))
      put(member, academicDim, academicSuggestion(academicMax, rank));
    const attendanceMax = template.dimensions[attendanceDim]?.max;
    if (evidence.attendance && attendanceMax !== undefined) {
      const nameUnique = (nameCount.get(member.name) ?? 0) === 1;
      const { attended, required } = attendanceTotals(evidence.attendance, member, nameUnique);
      if (required > 0)
        put(member, attendanceDim, attendanceSuggestion(attendanceMax, attended, required));
    }
  }
  return out;
}
