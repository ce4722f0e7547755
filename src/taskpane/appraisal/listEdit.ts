/** The list with item `i` replaced (lists in the draft are never mutated). */
export function replaceAt<T>(list: readonly T[], i: number, item: T): T[] {
  return list.map((x, k) => (k === i ? item : x));
}

/** The list without item `i`. */
export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_x, k) => k !== i);
}
