/** A strict in-memory double of the Excel JavaScript API subset the adapter uses (pure TypeScript). */
export { DoubleWorkbook, type GeneratedSheetSpec, type SheetSpec } from './double';
export type { DoubleStats, Fault } from './context';
export { RichApiError, DoubleMisuse } from './errors';
export type { WorkbookSnapshot, SheetSnapshot } from './snapshot';
export type { CellState, CfState, SheetState, WorkbookState, Scalar } from './state';
export { sheetGrid, workbookGrids } from './grid';
export { MAX_CELLS_READ, MAX_PAYLOAD_BYTES, MAX_RANGES_ADDRESS } from './limits';
