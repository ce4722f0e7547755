/** A cell block of one sheet, 1-based inclusive. */
export interface Area {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** Merges areas that span the same columns on consecutive rows: fewer formats for a host to keep. */
export function mergeRows(areas: readonly Area[]): Area[] {
  const sorted = [...areas].sort((a, b) => a.c1 - b.c1 || a.c2 - b.c2 || a.r1 - b.r1);
  const out: Area[] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    if (last && last.c1 === a.c1 && last.c2 === a.c2 && a.r1 <= last.r2 + 1) {
      out[out.length - 1] = { ...last, r2: Math.max(last.r2, a.r2) };
    } else out.push(a);
  }
  return out;
}
