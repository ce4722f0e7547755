import { t, type Lang } from '../messages';
import type { ChartData, Slice } from './chartData';
import { politicalLabel, rankLabel } from './chartLabels';
import type { ModelCell, ModelDataBar } from './sheetModel';

/** Bars on the share column run from 0 to 100%, so a bar's length reads as its share of all members. */
const SHARE_BAR = { color: '#70AD47', min: 0, max: 1 } as const;

export interface CompositionBlock {
  readonly rows: ModelCell[][];
  readonly dataBars: readonly ModelDataBar[];
}

function table<K extends string>(
  heading: string,
  slices: readonly Slice<K>[],
  label: (k: K) => string,
  firstRow: number,
  lang: Lang,
): CompositionBlock {
  const header: ModelCell[] = [
    heading,
    t('report.chart.count', lang),
    t('report.chart.share', lang),
  ].map((value) => ({ value, style: 'header' }));
  const rows: ModelCell[][] = [header];
  for (const s of slices)
    rows.push([
      { value: label(s.key) },
      { value: s.count, numFmt: 'integer' },
      { value: s.share, numFmt: 'percent1' },
    ]);
  const first = firstRow + 1;
  const last = firstRow + slices.length;
  const total = slices.reduce((n, s) => n + s.count, 0);
  rows.push([
    { value: t('report.chart.total', lang), style: 'label' },
    { value: total, numFmt: 'integer' },
  ]);
  return {
    rows,
    dataBars: slices.length > 0 ? [{ range: `C${first}:C${last}`, ...SHARE_BAR }] : [],
  };
}

/**
 * 成员构成 below the department table: 政治面貌 and rank bands as counts and shares, with data bars
 * on the shares. `firstRow` is the Excel row of the block's subtitle.
 */
export function compositionBlock(data: ChartData, lang: Lang, firstRow: number): CompositionBlock {
  const political = table(
    t('report.chart.political', lang),
    data.political,
    (k) => politicalLabel(k, lang),
    firstRow + 1,
    lang,
  );
  const rankStart = firstRow + 1 + political.rows.length + 1;
  const rank = table(
    t('report.chart.rank', lang),
    data.rank,
    (k) => rankLabel(k, data, lang),
    rankStart,
    lang,
  );
  return {
    rows: [
      [{ value: t('report.chart.composition', lang), style: 'subtitle' }],
      ...political.rows,
      [],
      ...rank.rows,
    ],
    dataBars: [...political.dataBars, ...rank.dataBars],
  };
}
