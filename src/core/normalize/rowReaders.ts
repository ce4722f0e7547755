/** Row readers: one table row in, one normalised record (or none) and its input issues out. */
export { readMember } from './rows/readMember';
export { readGradeEntry } from './rows/readGradeEntry';
export { readSanction } from './rows/readSanction';
export { readAttendance } from './rows/readAttendance';
export { readDelegate } from './rows/readDelegate';
export type { RowResult } from './rows/issues';
