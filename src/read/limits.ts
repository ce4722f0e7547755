/**
 * Every size the .xlsx reader will hold or build, in one place. Each bound sits far above what a
 * real school workbook reaches (a college of 50,000 students with 60 courses each is about 3 million
 * grade rows) and low enough that the worst file within every bound still reads in well under 1 GB
 * of memory. Past a bound the file is not a school workbook but a damaged or crafted one, and the
 * teacher is told which part of which file was too big, never left with an out-of-memory crash.
 * Memory is never sized by a number read from the file: declared sizes are only compared with these.
 */
export const LIMITS = {
  /**
   * Zip members. A workbook has about five per sheet (sheet, rels, drawing, comments, printer
   * settings) plus a dozen shared ones; 10,000 sheets stay under 60,000.
   */
  zipEntries: 100_000,
  /** Worksheets. Workbooks with one sheet per student (学生登记表) reach a few thousand. */
  sheets: 10_000,
  /**
   * Parts read whole, inflated bytes. workbook.xml lists sheets and defined names (10,000 sheets
   * are about 1 MB); a relationships part lists one line per related part; styles.xml with Excel's
   * 64,000 cell formats and their fonts and fills is about 20 MB.
   */
  workbookBytes: 32 * 1024 * 1024,
  relsBytes: 16 * 1024 * 1024,
  stylesBytes: 64 * 1024 * 1024,
  /** Cell formats (`<xf>` in cellXfs): Excel stops at 64,000. */
  cellFormats: 65_536,
  /** Custom number formats (`<numFmt>`): Excel allows 200 to 250. */
  numberFormats: 65_536,
  /**
   * Shared strings: items and their total characters. A real table holds each distinct text once
   * (names, 学号, course names: well under a million even for 3 million grade rows); writers that
   * repeat every cell's text reach a few million. At the bounds the table costs about 320 MB of
   * string headers plus at most 200 MB of characters (UTF-16).
   */
  sharedStrings: 10_000_000,
  sharedStringChars: 100_000_000,
  /**
   * Inflated bytes of all streamed parts together (every sheet, counted each time a sheet names
   * it, and the shared strings). 3 million grade rows of 20 columns are about 2 GB of XML; 4 GB of
   * the fastest hostile XML (empty cells) takes about 20 s on the test machine, so a zip bomb stops
   * there, well inside a minute, whatever it declares.
   */
  sheetBytes: 4 * 1024 * 1024 * 1024,
  /**
   * Characters in one CSV row (its fields and separators). A real roster or grade row is well
   * under a few KB, and even a cell Excel fills to its 32,767-character limit is far below this;
   * a longer row is a line break or closing quote missing, and the parser would otherwise hold the
   * rest of the file as one field.
   */
  csvRowChars: 1_048_576,
  /** Excel's own grid: rows 1 to 1,048,576 and columns A to XFD. */
  rows: 1_048_576,
  columns: 16_384,
} as const;

/** A bound as the teacher reads it in a message: `10,000,000`. */
export function shownLimit(n: number): string {
  return n.toLocaleString('en-US');
}
