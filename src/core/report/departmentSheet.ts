import { t, type Lang, type MessageKey } from '../messages';
import type { CheckResult, DepartmentSummary } from '../result';
import { chartData, type DepartmentBar } from './chartData';
import { headsAllowed } from './chartLabels';
import { compositionBlock } from './compositionRows';
import type { ModelCell, ModelDataBar, ModelSheet } from './sheetModel';

const BAR_COLOR = '#5B9BD5';

/**
 * Data bars on 负责人 and 其他工作人员 run from 0 to the limit, so a full bar means "at the limit";
 * a count past it draws full and its cell takes the over-limit look.
 */
function limitBars(bars: readonly DepartmentBar[], first: number, last: number): ModelDataBar[] {
  // The limits are the policy's, the same for every department.
  const headsMax = bars[0]?.headsMax;
  const staffMax = bars[0]?.staffMax;
  return [
    {
      range: `B${first}:B${last}`,
      color: BAR_COLOR,
      min: 0,
      ...(headsMax ? { max: headsMax } : {}),
    },
    {
      range: `D${first}:D${last}`,
      color: BAR_COLOR,
      min: 0,
      ...(staffMax ? { max: staffMax } : {}),
    },
    { range: `G${first}:G${last}`, color: BAR_COLOR, min: 0 },
  ];
}

/**
 * The message keys of a department's verdict: 不应设置的部门 and 人数不符合规定 (over a maximum or
 * under a minimum) each say what is wrong.
 */
export function departmentVerdictKeys(
  d: Pick<DepartmentSummary, 'breaksLimits' | 'notSetUp'>,
): MessageKey[] {
  const keys: MessageKey[] = [];
  if (d.notSetUp) keys.push('report.dept.notSetUp');
  if (d.breaksLimits) keys.push('summary.dept.breaks');
  return keys.length > 0 ? keys : ['report.dept.ok'];
}

/**
 * 部门统计: headcount per role against the limits, with data bars scaled to the limits, then the
 * members' composition (政治面貌, rank bands) with data bars on the shares.
 */
export function departmentSheet(result: CheckResult, lang: Lang, name: string): ModelSheet {
  const data = chartData(result);
  const header = (
    [
      'report.col.department',
      'report.col.heads',
      'report.col.headsLimit',
      'report.col.staff',
      'report.col.staffLimit',
      'report.col.other',
      'report.col.total',
      'report.col.verdict',
    ] as const
  ).map((k): ModelCell => ({ value: t(k, lang), style: 'header' }));
  const rows: ModelCell[][] = [
    [{ value: t('report.sheet.departments', lang), style: 'title' }],
    [],
    header,
  ];
  result.departments.forEach((d, i) => {
    const verdict = departmentVerdictKeys(d);
    const verdictStyle = d.breaksLimits || d.notSetUp ? 'over' : 'ok';
    const bar = data.departments[i];
    rows.push([
      { value: d.name },
      { value: d.heads, numFmt: 'integer', ...(bar?.headsOff ? { style: 'over' } : {}) },
      { value: headsAllowed(d.limits, lang) },
      { value: d.staff, numFmt: 'integer', ...(bar?.staffOver ? { style: 'over' } : {}) },
      { value: d.limits.staffMax ?? t('report.noLimit', lang) },
      { value: d.other, numFmt: 'integer' },
      { value: d.heads + d.staff, numFmt: 'integer' },
      { value: verdict.map((k) => t(k, lang)).join('；'), style: verdictStyle },
    ]);
  });
  const first = 4;
  const last = rows.length;
  const presidiumMax = result.policy.rules.presidium;
  const staffMax = result.policy.rules['staff-total'];
  rows.push([]);
  rows.push([
    { value: t('report.dept.presidium', lang), style: 'label' },
    { value: result.union.presidium, numFmt: 'integer' },
    {
      value: presidiumMax.enabled
        ? t('report.atMost', lang, { max: presidiumMax.max })
        : t('report.noLimit', lang),
    },
  ]);
  rows.push([
    { value: t('report.dept.union', lang), style: 'label' },
    { value: result.union.staffTotal, numFmt: 'integer' },
    {
      value: staffMax.enabled
        ? t('report.atMost', lang, { max: staffMax.max })
        : t('report.noLimit', lang),
    },
  ]);
  rows.push([]);
  const composition = compositionBlock(data, lang, rows.length + 1);
  rows.push(...composition.rows);
  return {
    name,
    rows,
    // A is wide enough for the composition's labels in English too (Probationary Party member);
    // D and F for their headers, which do not wrap.
    columnWidths: [24, 10, 14, 16, 14, 24, 10, 10],
    merges: ['A1:H1'],
    freeze: { rows: 3 },
    ...(last >= first
      ? {
          tables: [
            {
              name: 'DepartmentCounts',
              headerRow: 3,
              firstCol: 1,
              columnCount: 8,
              rowCount: last - first + 1,
            },
          ],
        }
      : {}),
    dataBars: [
      ...(last >= first ? limitBars(data.departments, first, last) : []),
      ...composition.dataBars,
    ],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: '3:3' },
  };
}
