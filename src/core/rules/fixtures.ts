import type { AcademicIndex, AcademicRecord } from '../academic/types';
import { presetPolicy } from '../policy/presets';
import type { MemberRecord } from '../records';
import type { RuleContext } from './types';

/**
 * Small hand-built inputs for the rules' tests (not used by the product). Each helper fills the
 * fields a test does not care about with plain values.
 */
let nextRow = 2;

/** A roster row of sheet 名单; `row` defaults to the next free row. */
export function member(fields: Partial<MemberRecord> & { row?: number } = {}): MemberRecord {
  const { row, ...rest } = fields;
  const at = row ?? nextRow++;
  return {
    ref: { sheet: '名单', row: at },
    studentId: `S${at}`,
    name: `学生${at}`,
    political: 'league-member',
    ...rest,
  };
}

/** An academic record with no failures and no rank unless given. */
export function record(studentId: string, fields: Partial<AcademicRecord> = {}): AcademicRecord {
  return { studentId, gradeRows: 10, averagedCourses: 10, credits: 30, failed: [], ...fields };
}

/** An AcademicIndex over a fixed list of records. */
export function academicIndex(
  records: readonly AcademicRecord[],
  referenceTerm = { startYear: 2024, term: 2 },
): AcademicIndex {
  const byId = new Map(records.map((r) => [r.studentId, r]));
  return { referenceTerm, windowTerms: [referenceTerm], get: (id) => byId.get(id) };
}

/** A whole rule context: national-school policy, no data beyond what is given. */
export function context(fields: Partial<RuleContext> = {}): RuleContext {
  return {
    policy: presetPolicy(),
    members: [],
    otherLevelMembers: [],
    academic: academicIndex([]),
    hasGradeData: true,
    sanctions: [],
    hasDisciplineData: true,
    delegates: [],
    hasDelegateData: false,
    attendance: [],
    referenceTerm: { startYear: 2024, term: 2 },
    ...fields,
  };
}

/** `count` members of one department with one title. */
export function members(count: number, fields: Partial<MemberRecord>): MemberRecord[] {
  return Array.from({ length: count }, () => member(fields));
}
