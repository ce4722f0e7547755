import { decodeEntities } from '../markup/entities';

/** Excel's longest sheet name; a longer name in a file is cut so messages name what Excel shows. */
const MAX_NAME = 31;

/**
 * The sheet names of an HTML page saved as ".xls". Excel's 另存为网页 writes each worksheet's name
 * in `<x:ExcelWorksheet><x:Name>…</x:Name>` (inside a conditional comment); when those names are
 * as many as the tables, the teacher's own sheet names are used, so a message says 「成绩」 where
 * Excel shows 成绩. Otherwise (most 教务 exports have no such block) tables are 表1, 表2, … in order.
 */
export function htmlSheetNames(html: string, tables: number): string[] {
  const named = [...html.matchAll(/<x:Name>([^<]*)<\/x:Name>/gi)]
    .map((m) =>
      decodeEntities(m[1] ?? '')
        .trim()
        .slice(0, MAX_NAME),
    )
    .filter((name) => name !== '');
  const names =
    named.length === tables ? named : Array.from({ length: tables }, (_, k) => `表${k + 1}`);
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique.toUpperCase()); n++) unique = `${name} (${n})`;
    seen.add(unique.toUpperCase());
    return unique;
  });
}
