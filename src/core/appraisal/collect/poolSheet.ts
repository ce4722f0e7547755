import { t } from '../../messages';
import type { Lang } from '../../messages';
import type { ModelCell, ModelSheet } from '../../report/sheetModel';
import * as f from '../formulas';
import { memberKey } from '../memberKey';
import { totalRef } from '../scoreRefs';
import type { TotalSource } from '../scoreRefs';
import type { AggregateMethod, AppraisedMember } from '../types';
import type { FormLayout } from '../formSheet';

const HEADER_ROW = 3;
const FIRST_SCORE_COL = 5;

/**
 * One group's pool when several scorers of the group filled copies: per member, the total from
 * each copy of its department (column k = k-th copy), and the group's score (mean, or trimmed mean
 * when the appraisal drops highest and lowest).
 */
export function buildPoolSheet(
  sheet: string,
  tableName: string,
  group: string,
  copies: readonly FormLayout[],
  members: readonly AppraisedMember[],
  aggregate: AggregateMethod,
  lang: Lang,
): { sheet: ModelSheet; source: TotalSource } {
  const mine = members.filter((m) =>
    copies.some((c) => c.members.some((x) => memberKey(x) === memberKey(m))),
  );
  const slots = mine.map((m) =>
    copies.filter((c) => c.members.some((x) => memberKey(x) === memberKey(m))),
  );
  const width = Math.max(1, ...slots.map((s) => s.length));
  const scoreCol = FIRST_SCORE_COL + width;
  const first = HEADER_ROW + 1;
  const text = (value: string): ModelCell => ({ value, numFmt: 'text' });
  const rows = mine.map((m, i): ModelCell[] => {
    const row = first + i;
    const refs = Array.from({ length: width }, (_x, k): ModelCell => {
      const layout = slots[i]?.[k];
      const formula = layout ? totalRef(layout, memberKey(m), `$B${row}`) : undefined;
      return formula ? { formula, numFmt: 'decimal2' } : {};
    });
    const range = f.rowRange(row, FIRST_SCORE_COL, scoreCol - 1);
    const score = aggregate === 'trimmed' ? f.trimmedMeanFormula(range) : f.meanFormula(range);
    return [
      text(m.name),
      text(m.studentId),
      text(m.department),
      text(m.title),
      ...refs,
      { formula: score, numFmt: 'decimal2' },
    ];
  });
  const header = (value: string): ModelCell => ({ value, style: 'header', align: 'center' });
  const fixed = (['name', 'studentId', 'department', 'title'] as const).map((k) =>
    header(t(`appraisal.header.${k}`, lang)),
  );
  const scorers = Array.from({ length: width }, (_x, k) =>
    header(t('appraisal.pool.scorer', lang, { n: k + 1 })),
  );
  const last = Math.max(first, first + mine.length - 1);
  return {
    sheet: {
      name: sheet,
      rows: [
        [{ value: t('appraisal.pool.title', lang, { group }), style: 'title' }],
        [{ value: t(`appraisal.pool.note.${aggregate === 'trimmed' ? 'trimmed' : 'mean'}`, lang) }],
        [...fixed, ...scorers, header(t('appraisal.pool.groupScore', lang, { group }))],
        ...rows,
      ],
      columnWidths: [10, 16, 12, 10, ...scorers.map(() => 8), 12],
      tables: [
        {
          name: tableName,
          headerRow: HEADER_ROW,
          firstCol: 1,
          columnCount: scoreCol,
          rowCount: mine.length,
        },
      ],
      print: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      },
    },
    source: {
      sheet,
      members: mine,
      idCol: 2,
      totalCol: scoreCol,
      firstDataRow: first,
      lastDataRow: last,
    },
  };
}
