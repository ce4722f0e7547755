import type { TableMapping } from '../tables';

/**
 * 1-based columns the check needs from one sheet, ascending; null when the sheet holds no table.
 * Rosters are small and copied whole into the report, so every header column is needed there.
 */
export function neededColumns(
  mappings: readonly TableMapping[],
  file: string | undefined,
  sheet: string,
): number[] | null {
  const own = mappings.filter((m) => m.file === file && m.sheet === sheet);
  if (own.length === 0) return null;
  const cols = new Set<number>();
  for (const mapping of own) {
    for (const col of Object.values<number>(mapping.columns)) cols.add(col);
    if (mapping.kind === 'roster') for (const h of mapping.headers) cols.add(h.col);
    // A transcript's student line may stand in any column, label and value apart.
    if (mapping.subject === 'perBlock') {
      const last = Math.max(0, ...mapping.headers.map((h) => h.col));
      for (let col = 1; col <= last; col++) cols.add(col);
    }
    for (const course of mapping.wide?.courses ?? []) {
      cols.add(course.col);
      if (course.makeupCol !== undefined) cols.add(course.makeupCol);
    }
  }
  return [...cols].sort((a, b) => a - b);
}
