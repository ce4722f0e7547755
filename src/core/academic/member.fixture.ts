import type { MemberRecord } from '../records';

/** A roster row as the roster reader would hand it over; only what a test names is set. */
export function member(
  studentId: string,
  fields: Partial<Omit<MemberRecord, 'studentId' | 'ref'>> = {},
  row = 2,
): MemberRecord {
  return {
    ref: { sheet: '名单', row },
    studentId,
    name: fields.name ?? `学生${studentId}`,
    political: fields.political ?? 'league-member',
    ...fields,
  };
}
