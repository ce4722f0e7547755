export { WpsDouble, PROPERTY_CHARS, type PropertyState } from './workbook';
export { EtError, DoubleMisuse } from './errors';
export { loadWpsDouble } from './fromXlsx';
export type { CellState, CfState, SheetState, Rect } from './state';
export { saveWpsDouble } from './toXlsx';
export { referencedSheets } from './sheetRefs';
