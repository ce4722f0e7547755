import { columnLetter } from '../cells';
import { t } from '../messages';
import type { KeySuffix, Lang } from '../messages';
import type { ModelCell, ModelSheet } from '../report/sheetModel';
import { bandLabel, BAND_KEYS } from './bands';
import * as f from './formulas';
import {
  FIRST_GROUP_COL,
  SUMMARY_FIRST_ROW,
  SUMMARY_ID_COL,
  SUMMARY_HEADER_ROW,
  SUMMARY_PARAM_ROW,
  summaryColumns,
} from './summaryColumns';
import { summaryRow } from './summaryRow';
import { titleText } from './titleText';
import type { AppraisalSettings, AppraisedMember } from './types';

export interface SummarySpec {
  readonly sheet: string;
  readonly tableName: string;
  readonly members: readonly AppraisedMember[];
  readonly settings: AppraisalSettings;
  /** Formula of member `m`'s score from group `g` (its summary 学号 cell is `keyCell`); undefined = no copy. */
  readonly groupScore: (m: number, g: number, keyCell: string) => string | undefined;
}

function paramRow(settings: AppraisalSettings, slots: string, lang: Lang): ModelCell[] {
  const label = (key: KeySuffix<'appraisal.summary.param.'>): ModelCell => ({
    value: t(`appraisal.summary.param.${key}`, lang),
    style: 'label',
  });
  const input = (value: number | undefined): ModelCell => ({
    value: value ?? null,
    style: 'input',
  });
  const { bands } = settings;
  return [
    ...[label('excellent'), input(bands.excellent), label('good'), input(bands.good)],
    ...[label('pass'), input(bands.pass), label('quota'), input(settings.excellentQuota)],
    ...[label('slots'), { formula: slots, numFmt: 'integer' as const }],
  ];
}

function weightRow(settings: AppraisalSettings, lang: Lang): (ModelCell | undefined)[] {
  if (settings.aggregate !== 'weighted') return [];
  const row: (ModelCell | undefined)[] = [];
  row[FIRST_GROUP_COL - 2] = {
    value: t('appraisal.summary.weight', lang),
    style: 'label',
    align: 'right',
  };
  settings.groups.forEach(
    (g, i) => (row[FIRST_GROUP_COL - 1 + i] = { value: g.weight ?? null, style: 'input' }),
  );
  return row;
}

function headerRow(settings: AppraisalSettings, lang: Lang): (ModelCell | undefined)[] {
  const header = (value: string): ModelCell => ({ value, style: 'header', align: 'center' });
  const fixed = (keys: readonly KeySuffix<'appraisal.header.'>[]) =>
    keys.map((key) => header(t(`appraisal.header.${key}`, lang)));
  return [
    ...fixed(['seq', 'name', 'studentId', 'department', 'title']),
    ...settings.groups.map((g) => header(g.name)),
    ...fixed(['groupCount', 'aggregate', 'rank', 'band', 'exitSeq']),
    undefined,
    header(t('appraisal.summary.exitList', lang)),
  ];
}

/** The 考核汇总 sheet: group scores by formula, aggregate, rank, band with quota, exit-mechanism list. */
export function buildSummarySheet(spec: SummarySpec, lang: Lang): ModelSheet {
  const { settings, members } = spec;
  const cols = summaryColumns(settings.groups.length, members.length);
  const labels = BAND_KEYS.map((band) => bandLabel(band, lang)) as [string, string, string, string];
  const rows = members.map((member, index) =>
    summaryRow({
      member,
      index,
      groupScores: settings.groups.map((_g, g) =>
        spec.groupScore(index, g, `$${columnLetter(SUMMARY_ID_COL)}${SUMMARY_FIRST_ROW + index}`),
      ),
      aggregate: settings.aggregate,
      cols,
      labels,
    }),
  );
  const wide = (row: number) => `A${row}:${columnLetter(cols.exit)}${row}`;
  const methodParams = {
    weights: settings.groups.map((g) => `${g.name} ${g.weight ?? ''}`).join('、'),
  };
  return {
    name: spec.sheet,
    rows: [
      [
        {
          value: titleText('summary', settings.school, settings.term, lang),
          style: 'title',
          align: 'center',
        },
      ],
      [{ value: t(`appraisal.summary.method.${settings.aggregate}`, lang, methodParams) }],
      [{ value: t('appraisal.summary.bandsText', lang) }],
      paramRow(settings, f.quotaSlotsFormula(cols.bandCells.quota, cols.allAggregates), lang),
      weightRow(settings, lang),
      headerRow(settings, lang),
      ...rows,
      [],
      [{ value: t('appraisal.summary.signature', lang), style: 'signature' }],
    ],
    columnWidths: [6, 10, 16, 12, 10, ...settings.groups.map(() => 10), 9, 10, 7, 8, 12, 2, 32],
    merges: [wide(1), wide(2), wide(3), wide(SUMMARY_FIRST_ROW + members.length + 1)],
    tables: [
      {
        name: spec.tableName,
        headerRow: SUMMARY_HEADER_ROW,
        firstCol: 1,
        columnCount: cols.exit,
        rowCount: members.length,
      },
    ],
    validations: [2, 4, 6, 8].map((col) => ({
      range: f.cellAddress(col, SUMMARY_PARAM_ROW),
      type: 'decimal' as const,
      min: 0,
      max: 100,
    })),
    freeze: { rows: SUMMARY_HEADER_ROW, cols: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
    },
  };
}
