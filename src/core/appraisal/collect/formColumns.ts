import type { Row } from '../../cells';
import type { Lang } from '../../messages';
import type { SheetGrid } from '../../tables';
import { headerText } from '../headers';
import type { AppraisalTemplate } from '../types';
import { cellText } from './scoreCell';

/** Where a filled form's columns are (1-based); dimension columns in template order. */
export interface FormColumns {
  readonly headerRow: number;
  readonly name: number;
  readonly studentId: number;
  readonly department?: number;
  readonly title?: number;
  readonly dims: readonly number[];
}

export type FormMatch =
  | { readonly kind: 'form'; readonly columns: FormColumns }
  | { readonly kind: 'incomplete'; readonly headerRow: number; readonly missing: readonly string[] }
  | { readonly kind: 'not-form' };

/** Rows searched for the header: a form's title and group label sit above it. */
export const SCAN_ROWS = 60;

function columnOf(row: Row, text: string): number | undefined {
  const index = row.findIndex((cell) => cellText(cell) === text);
  return index < 0 ? undefined : index + 1;
}

function matchRow(row: Row, rowNumber: number, template: AppraisalTemplate, lang: Lang): FormMatch {
  const col = (key: Parameters<typeof headerText>[0]) => columnOf(row, headerText(key, lang));
  const name = col('name');
  const studentId = col('studentId');
  if (name === undefined || studentId === undefined || col('total') === undefined)
    return { kind: 'not-form' };
  const dims = template.dimensions.map((d) => columnOf(row, d.name));
  const missing = template.dimensions.filter((_d, i) => dims[i] === undefined).map((d) => d.name);
  if (missing.length > 0) return { kind: 'incomplete', headerRow: rowNumber, missing };
  const department = col('department');
  const title = col('title');
  return {
    kind: 'form',
    columns: {
      headerRow: rowNumber,
      name,
      studentId,
      ...(department !== undefined ? { department } : {}),
      ...(title !== undefined ? { title } : {}),
      dims: dims.map((d) => d ?? 0),
    },
  };
}

/** Finds a scoring form's header row (姓名, 学号, the dimensions, 总分) in either language. */
export function findFormColumns(
  grid: SheetGrid,
  template: AppraisalTemplate,
  lang: Lang,
): FormMatch {
  const first = grid.firstRow ?? 1;
  const langs: Lang[] = lang === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
  for (let i = 0; i < Math.min(grid.rows.length, SCAN_ROWS); i++) {
    const row = grid.rows[i] ?? [];
    for (const l of langs) {
      const match = matchRow(row, first + i, template, l);
      if (match.kind !== 'not-form') return match;
    }
  }
  return { kind: 'not-form' };
}
