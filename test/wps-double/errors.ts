/**
 * What WPS raises, as its documentation (the VBA-shaped object model it follows) describes it: a
 * script error carrying the VBA error number. 9 下标越界 for a collection index or name that is not
 * there; 1004 for a change refused (protected sheet, protected workbook structure, a bad name).
 */
export class EtError extends Error {
  constructor(
    readonly number: number,
    message: string,
  ) {
    super(message);
    this.name = 'EtError';
  }
}

export const subscript = (what: string): EtError => new EtError(9, `下标越界 (${what})`);

export const protectedSheet = (sheet: string): EtError =>
  new EtError(1004, `您试图更改的单元格或图表位于受保护的工作表「${sheet}」中。`);

export const protectedBook = (): EtError => new EtError(1004, '工作簿有保护，不能更改工作簿结构。');

export const refused = (what: string): EtError => new EtError(1004, what);

/** The adapter did something the double does not model or real WPS would not do quietly: a test bug. */
export class DoubleMisuse extends Error {
  override name = 'DoubleMisuse';
}

/** VBA's 438, what a WPS without a member raises. */
export const unsupported = (what: string): EtError =>
  new EtError(438, `对象不支持该属性或方法 (${what})`);
