import { t, type Lang } from '../messages';
import type { CheckResult, DepartmentSummary } from '../result';
import type { ModelCell, ModelSheet } from './sheetModel';

function headsAllowed(d: DepartmentSummary, lang: Lang): string {
  const { headsMin: min, headsMax: max } = d.limits;
  if (min !== undefined && max !== undefined) return t('report.range', lang, { min, max });
  if (min !== undefined) return t('report.atLeast', lang, { min });
  if (max !== undefined) return t('report.atMost', lang, { max });
  return t('report.noLimit', lang);
}

/** Departments in violation of any department rule (the check flags them in `overLimit`). */
export function departmentsInViolation(result: CheckResult): Set<string> {
  return new Set(result.departments.filter((d) => d.overLimit).map((d) => d.name));
}

/** 部门统计: headcount per role against the limits, with data bars on the totals. */
export function departmentSheet(result: CheckResult, lang: Lang, name: string): ModelSheet {
  const flagged = departmentsInViolation(result);
  const header = [
    'report.col.department',
    'report.col.heads',
    'report.col.headsLimit',
    'report.col.staff',
    'report.col.staffLimit',
    'report.col.other',
    'report.col.total',
    'report.col.verdict',
  ].map((k): ModelCell => ({ value: t(k, lang), style: 'header' }));
  const rows: ModelCell[][] = [
    [{ value: t('report.sheet.departments', lang), style: 'title' }],
    [],
    header,
  ];
  for (const d of result.departments) {
    const over = flagged.has(d.name);
    const verdictStyle = over ? 'over' : 'ok';
    rows.push([
      { value: d.name },
      { value: d.heads, numFmt: 'integer' },
      { value: headsAllowed(d, lang) },
      { value: d.staff, numFmt: 'integer' },
      { value: d.limits.staffMax ?? t('report.noLimit', lang) },
      { value: d.other, numFmt: 'integer' },
      { value: d.heads + d.staff + d.other, numFmt: 'integer' },
      { value: t(over ? 'report.dept.over' : 'report.dept.ok', lang), style: verdictStyle },
    ]);
  }
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
  return {
    name,
    rows,
    columnWidths: [18, 10, 14, 14, 14, 10, 10, 10],
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
          dataBars: [{ range: `G${first}:G${last}`, color: '#5B9BD5' }],
        }
      : {}),
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: '3:3' },
  };
}
