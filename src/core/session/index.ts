export { CheckSession, startCheck } from './checkSession';
export { HEAD_ROWS, type SheetFeed, type SheetInfo } from './sheetFeed';
