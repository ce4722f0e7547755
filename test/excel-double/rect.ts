/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** Number of cells in a rectangle. */
export function rectCells(r: Rect): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

/** The overlap of two rectangles, or null. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const r1 = Math.max(a.r1, b.r1);
  const c1 = Math.max(a.c1, b.c1);
  const r2 = Math.min(a.r2, b.r2);
  const c2 = Math.min(a.c2, b.c2);
  return r1 <= r2 && c1 <= c2 ? { r1, c1, r2, c2 } : null;
}

/** Whether `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2
  );
}

/** `a` minus `b`, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const o = intersect(a, b);
  if (!o) return [a];
  const out: Rect[] = [];
  if (a.r1 < o.r1) out.push({ r1: a.r1, c1: a.c1, r2: o.r1 - 1, c2: a.c2 });
  if (o.r2 < a.r2) out.push({ r1: o.r2 + 1, c1: a.c1, r2: a.r2, c2: a.c2 });
  if (a.c1 < o.c1) out.push({ r1: o.r1, c1: a.c1, r2: o.r2, c2: o.c1 - 1 });
  if (o.c2 < a.c2) out.push({ r1: o.r1, c1: o.c2 + 1, r2: o.r2, c2: a.c2 });
  return out;
}

/** Calls `f` for each cell of the rectangle, row by row. */
export function eachCell(r: Rect, f: (row: number, col: number) => void): void {
  for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) f(row, col);
}
