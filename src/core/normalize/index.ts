/** Value normalisation and row readers: the teacher's cells in, the product's records out. */
export { cellText, headerKey, isBlank, normalizeText } from './text';
export { numberText, parseNumber } from './number';
export { looksScientific, normalizeStudentId } from './studentId';
export { normalizePolitical } from './political';
export { parseGrade } from './grade';
export { isVoided, parseAttempt } from './attempt';
export { compareTerms, parseTerm, termLabel } from './term';
export { parseEntryYear } from './entryYear';
export { parseSanction } from './sanction';
export { parseDate } from './date';
export { parseYesNo } from './yesNo';
export { parseSchoolRank } from './rank';
export { parseUnionLevel } from './unionLevel';
export { parseAttendanceStatus, type AttendanceCount } from './attendanceStatus';
export { cadreFromIdentity } from './cadre';
export * from './rowReaders';
