import type { StudentProfile } from './profile';
import type { AcademicNote } from './types';
import type { MessageKey } from '../messages';

/** What the notes of one record are made from. */
export interface NoteFacts {
  readonly profile: StudentProfile;
  readonly rowsWithoutTerm: number;
  readonly missingCredit: number;
  readonly schoolRankRaw?: string | undefined;
  readonly aloneInCohort?: string | undefined;
}

/** The remarks a teacher needs to trust a record, or undefined when there is nothing to say. */
export function recordNotes(f: NoteFacts): AcademicNote[] | undefined {
  // Most of 30,000 records have nothing to say: the list is made only when there is something.
  let notes: AcademicNote[] | undefined;
  const add = (messageKey: MessageKey, params: AcademicNote['params']) =>
    (notes ??= []).push({ messageKey, params });
  const p = f.profile;
  if (f.rowsWithoutTerm > 0) add('academic.note.untermedRows', { count: f.rowsWithoutTerm });
  if (f.missingCredit > 0) add('academic.note.missingCredit', { count: f.missingCredit });
  if (p.majorSource === 'sheet' && p.major !== undefined && p.majorSheet) {
    add('academic.note.majorInferred', { major: p.major, sheet: p.majorSheet.sheet });
  }
  if (p.otherMajors && p.major !== undefined) {
    add('academic.note.severalMajors', { major: p.major, others: p.otherMajors.join('、') });
  }
  if (p.entryYearSource === 'earliest-term' && p.entryYear !== undefined) {
    add('academic.note.entryYearInferred', { year: p.entryYear });
  }
  if (p.entryYearSource === 'student-id' && p.entryYear !== undefined) {
    add('academic.note.entryYearFromId', { year: p.entryYear });
  }
  if (f.schoolRankRaw !== undefined)
    add('academic.note.schoolRankIncomplete', { raw: f.schoolRankRaw });
  if (f.aloneInCohort !== undefined)
    add('academic.note.aloneInCohort', { cohort: f.aloneInCohort });
  return notes;
}
