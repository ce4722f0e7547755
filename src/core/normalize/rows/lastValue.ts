import type { CellValue } from '../../cells';

const UNSET: unique symbol = Symbol('unset');

/** `a` and `b` are the same cell: `===` (text by content) that also tells -0 from 0 (parseNumber keeps the sign). */
function same(a: unknown, b: unknown): boolean {
  return a === b && (a !== 0 || 1 / a === 1 / (b as number));
}

/**
 * The result of a pure function of one cell, kept for the last cell seen. Grade exports repeat a
 * column's value from row to row (the term, course, major and credit of a class), so most rows skip
 * the normalising entirely. Text compares by content, so fresh strings from a reader still hit.
 */
export class LastValue<T> {
  private raw: CellValue | undefined | typeof UNSET = UNSET;
  private value: T | undefined;

  constructor(private readonly compute: (cell: CellValue | undefined) => T) {}

  /** `compute(cell)`, recomputed only when the cell differs from the previous call's. */
  of(cell: CellValue | undefined): T {
    if (!same(cell, this.raw)) {
      this.value = this.compute(cell);
      this.raw = cell;
    }
    return this.value as T;
  }
}

/** LastValue over three cells at once (学年 + 学期 + 学年学期; 修读类型 + 取得方式 + 成绩标识). */
export class LastValue3<T> {
  private a: CellValue | undefined | typeof UNSET = UNSET;
  private b: CellValue | undefined | typeof UNSET = UNSET;
  private c: CellValue | undefined | typeof UNSET = UNSET;
  private value: T | undefined;

  constructor(
    private readonly compute: (
      a: CellValue | undefined,
      b: CellValue | undefined,
      c: CellValue | undefined,
    ) => T,
  ) {}

  /** `compute(a, b, c)`, recomputed only when one of the cells changed. */
  of(a: CellValue | undefined, b: CellValue | undefined, c: CellValue | undefined): T {
    if (!same(a, this.a) || !same(b, this.b) || !same(c, this.c)) {
      this.value = this.compute(a, b, c);
      this.a = a;
      this.b = b;
      this.c = c;
    }
    return this.value as T;
  }
}
