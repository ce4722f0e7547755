/// <reference types="et-jsapi-declare" />
/**
 * The part of the WPS 表格 (ET) JS API the adapter uses. Member types come from Kingsoft's own
 * declarations (et-jsapi-declare, a dev dependency: types only, nothing of it is bundled); the
 * interfaces narrow each object to the members named here so that the test double
 * (test/wps-double) can implement exactly this subset and nothing the adapter does goes unmodelled.
 * Calls are synchronous, collections are 1-based, Range.Value2 is a row-major 2-D JS array for
 * more than one cell and a bare value for one cell.
 */

export interface EtInterior {
  Color: Et.Interior['Color'];
}

export interface EtFont {
  Bold: Et.Font['Bold'];
  Color: Et.Font['Color'];
}

export interface EtFormatCondition {
  readonly Type: Et.FormatCondition['Type'];
  readonly Formula1: Et.FormatCondition['Formula1'];
  readonly Interior: EtInterior;
  readonly AppliesTo: EtRange;
  Delete(): void;
}

export interface EtFormatConditions {
  readonly Count: number;
  Item(Index: number): EtFormatCondition;
  Add(Type: Et.XlFormatConditionType, Operator?: unknown, Formula1?: string): EtFormatCondition;
}

export interface EtHyperlinks {
  Add(Anchor: EtRange, Address: string, SubAddress?: string): unknown;
}

export interface EtValidation {
  Add(...args: Parameters<Et.Validation['Add']>): void;
  InputMessage: Et.Validation['InputMessage'];
  ErrorMessage: Et.Validation['ErrorMessage'];
  ShowInput: Et.Validation['ShowInput'];
  ShowError: Et.Validation['ShowError'];
}

export interface EtPageSetup {
  Orientation: Et.PageSetup['Orientation'];
  PaperSize: Et.PageSetup['PaperSize'];
  PrintTitleRows: Et.PageSetup['PrintTitleRows'];
  PrintArea: Et.PageSetup['PrintArea'];
  Zoom: Et.PageSetup['Zoom'];
  FitToPagesWide: Et.PageSetup['FitToPagesWide'];
  FitToPagesTall: Et.PageSetup['FitToPagesTall'];
  TopMargin: Et.PageSetup['TopMargin'];
  BottomMargin: Et.PageSetup['BottomMargin'];
  LeftMargin: Et.PageSetup['LeftMargin'];
  RightMargin: Et.PageSetup['RightMargin'];
}

export interface EtRange {
  Value2: Et.Range['Value2'];
  Formula: Et.Range['Formula'];
  NumberFormat: Et.Range['NumberFormat'];
  ColumnWidth: Et.Range['ColumnWidth'];
  RowHeight: Et.Range['RowHeight'];
  WrapText: Et.Range['WrapText'];
  HorizontalAlignment: Et.Range['HorizontalAlignment'];
  readonly Row: Et.Range['Row'];
  readonly Column: Et.Range['Column'];
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly FormatConditions: EtFormatConditions;
  readonly Hyperlinks: EtHyperlinks;
  readonly Validation: EtValidation;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Select(): unknown;
  Merge(Across?: boolean): void;
}

export interface EtName {
  Name: Et.Name['Name'];
  RefersTo: Et.Name['RefersTo'];
  Visible: Et.Name['Visible'];
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Item(Index: number | string): EtName;
  Add(Name: string, RefersTo: string, Visible?: boolean): EtName;
}

export interface EtWorksheet {
  Name: Et.Worksheet['Name'];
  readonly Index: Et.Worksheet['Index'];
  Visible: Et.Worksheet['Visible'];
  readonly UsedRange: EtRange;
  /** Every cell of the sheet (its FormatConditions are all the sheet's conditional formats). */
  readonly Cells: EtRange;
  readonly ProtectContents: Et.Worksheet['ProtectContents'];
  readonly Names: EtNames;
  readonly PageSetup: EtPageSetup;
  Range(Cell1: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtWorksheets {
  readonly Count: number;
  Item(Index: number | string): EtWorksheet;
  Add(Before?: EtWorksheet, After?: EtWorksheet, Count?: number): EtWorksheet;
}

export interface EtDocumentProperty {
  readonly Name: string;
  Value: Kso.DocumentProperty['Value'];
  Delete(): void;
}

export interface EtDocumentProperties {
  readonly Count: number;
  Item(Index: number | string): EtDocumentProperty;
  Add(
    Name: string,
    LinkToContent: boolean,
    Type?: Kso.MsoDocProperties,
    Value?: string,
  ): EtDocumentProperty;
}

export interface EtWorkbook {
  readonly Name: Et.Workbook['Name'];
  readonly Worksheets: EtWorksheets;
  readonly ProtectStructure: Et.Workbook['ProtectStructure'];
  readonly CustomDocumentProperties: EtDocumentProperties;
}

/**
 * The window's panes. In WPS, as in Excel VBA, frozen panes belong to the window, not to the
 * sheet: they are set on the active sheet through ActiveWindow, and the window keeps them per sheet.
 * SplitRow and SplitColumn count the rows and columns above and left of the split from the first
 * one shown (ScrollRow, ScrollColumn).
 */
export interface EtWindow {
  FreezePanes: Et.Window['FreezePanes'];
  SplitRow: Et.Window['SplitRow'];
  SplitColumn: Et.Window['SplitColumn'];
  ScrollRow: Et.Window['ScrollRow'];
  ScrollColumn: Et.Window['ScrollColumn'];
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  /** Null when no workbook is open (the declarations say otherwise). */
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow | null;
  ScreenUpdating: Et.Application['ScreenUpdating'];
  DisplayAlerts: Et.Application['DisplayAlerts'];
  readonly Version: Et.Application['Version'];
  readonly Build: Et.Application['Build'];
}

/** Enum values the adapter passes, as numbers: the declarations' enums exist in WPS, not in JS. */
export const XL_EXPRESSION = 2 as Et.XlFormatConditionType;
export const XL_SHEET_VISIBLE = -1 as Et.XlSheetVisibility;
export const MSO_PROPERTY_STRING = 4 as Kso.MsoDocProperties;
export const XL_VALIDATE = { whole: 1, decimal: 2, list: 3 } as const;
export const XL_VALID_ALERT_STOP = 1;
/** xlBetween, xlGreaterEqual, xlLessEqual. */
export const XL_OPERATOR = { between: 1, atLeast: 7, atMost: 8 } as const;
export const XL_ORIENTATION = { portrait: 1, landscape: 2 } as const;
export const XL_PAPER_A4 = 9;
