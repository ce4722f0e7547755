import type { Issue } from '../issue';
import type { RowRef } from '../cells';
import { t, type Lang, type MessageKey } from '../messages';
import type { MemberRecord } from '../records';
import type { CheckResult } from '../result';
import { termLabel } from '../normalize/term';
import { otherLevelText, summarize, windowLines, type CheckSummary } from '../summary';
import { findingText } from './findingText';
import { fitRowHeights } from './rowHeights';
import type { CellStyle, ModelCell, ModelSheet, SheetLink } from './sheetModel';
import { issueText } from '../issueText';

const SEVERITY_STYLE: Record<string, CellStyle> = {
  violation: 'violation',
  pending: 'pending',
  info: 'info',
};
const COLUMNS = [
  'report.col.no',
  'report.col.severity',
  'report.col.rule',
  'report.col.subject',
  'report.col.studentId',
  'report.col.name',
  'report.col.department',
  'report.col.title',
  'report.col.message',
  'report.col.source',
  'report.col.location',
] as const;

const WIDTHS = [8, 10, 14, 10, 16, 10, 14, 12, 50, 40, 20];
const SPAN_ALL = WIDTHS.reduce((a, b) => a + b, 0);
const SPAN_D_K = SPAN_ALL - 32;

/**
 * Widths as the wrapped text sees them: above the table, merged cells span D:K (skipped rules) or
 * A:K (data notes); inside the table each column has its own width.
 */
function heightWidths(headerRow: number): (row: number) => readonly number[] {
  return (row) => (row < headerRow ? [SPAN_ALL, 0, 0, SPAN_D_K] : WIDTHS);
}

export interface ReportSheetOptions {
  readonly name: string;
  readonly generatedAt?: string;
  /** Where a finding's row link points: the annotated copy (CLI) or the teacher's own sheet (pane). */
  readonly linkOf: (ref: RowRef) => SheetLink | undefined;
  /** Notes about the report itself (what did not fit in Excel), shown after the input's notes. */
  readonly notes?: readonly Issue[];
}

function limitText(enabled: boolean, max: number | undefined, lang: Lang): string {
  return enabled && max !== undefined
    ? t('report.limit', lang, { max })
    : t('report.noLimit', lang);
}

type Line = (ModelCell | undefined)[];

function summaryRows(result: CheckResult, summary: CheckSummary, lang: Lang): Line[] {
  const c = summary.counts;
  const r = result.policy.rules;
  // Label across A:C (the table's narrow first columns), value in D, limit in E.
  const line = (key: MessageKey, value: number, extra = '', style?: CellStyle): Line => [
    { value: t(key, lang), style: 'label' },
    undefined,
    undefined,
    { value, numFmt: 'integer', align: 'left', ...(style ? { style } : {}) },
    { value: extra },
  ];
  return [
    line('report.summary.checked', c.checked),
    line('report.summary.eligible', c.eligible, '', 'ok'),
    line('report.summary.ineligible', c.ineligible, '', c.ineligible ? 'violation' : 'ok'),
    line('report.summary.pending', c.pending, '', c.pending ? 'pending' : 'ok'),
    line(
      'report.summary.staffTotal',
      result.union.staffTotal,
      limitText(r['staff-total'].enabled, r['staff-total'].max, lang),
    ),
    line(
      'report.summary.presidium',
      result.union.presidium,
      limitText(r.presidium.enabled, r.presidium.max, lang),
    ),
    line(
      'report.summary.departments',
      result.union.departments,
      limitText(r.departments.enabled, r.departments.max, lang),
    ),
    line('summary.breaksLimits', c.departmentsBreakingLimits),
    // Only a policy with a department list can have one: the line appears when there is one.
    ...(c.departmentsNotSetUp > 0
      ? [line('report.summary.notSetUp', c.departmentsNotSetUp, '', 'violation')]
      : []),
    // Every structure finding (departments, titles, the union as a whole), as the CLI lists them.
    line('report.summary.unionFindings', c.structureFindings),
  ];
}

/** 检查报告: summary on top, then every finding as an Excel table with filters. */
export function reportSheet(result: CheckResult, lang: Lang, opts: ReportSheetOptions): ModelSheet {
  const summary = summarize(result);
  const members = new Map<string, MemberRecord>(
    result.members.map((v) => [v.member.studentId, v.member]),
  );
  const rows: Line[] = [
    [{ value: t('report.title', lang), style: 'title' }],
    [
      {
        value: t('report.subtitle', lang, {
          preset: t(`preset.${result.policy.preset}`, lang),
          term: result.referenceTerm ? termLabel(result.referenceTerm) : t('report.noTerm', lang),
          generatedAt: opts.generatedAt ?? '',
        }),
        style: 'subtitle',
      },
    ],
    [],
    [{ value: t('report.summary', lang), style: 'subtitle' }],
  ];
  const merges = ['A1:K1', 'A2:K2'];
  // Above the findings table the columns are narrow: labels span A:C, long text spans D:K or A:K.
  for (const line of summaryRows(result, summary, lang)) {
    rows.push(line);
    merges.push(`A${rows.length}:C${rows.length}`);
  }
  // The terms each rule covered and how to change them; rows of the other union level not checked.
  const scope = [
    ...windowLines(summary.windows, lang, 'report'),
    ...[otherLevelText(summary.otherLevel, lang)].filter((s): s is string => s !== undefined),
  ];
  if (scope.length > 0) rows.push([]);
  for (const text of scope) {
    rows.push([{ value: text, wrap: true }]);
    merges.push(`A${rows.length}:K${rows.length}`);
  }
  if (summary.notChecked.length > 0) {
    rows.push([], [{ value: t('report.skipped', lang), style: 'subtitle' }]);
    for (const s of summary.notChecked) {
      const text = t(s.messageKey, lang, s.params ?? {});
      rows.push([
        { value: t(`rule.${s.code}.title`, lang), style: 'label' },
        undefined,
        undefined,
        { value: text, wrap: true },
      ]);
      merges.push(`A${rows.length}:C${rows.length}`, `D${rows.length}:K${rows.length}`);
    }
  }
  const issues = [...result.issues, ...(opts.notes ?? [])];
  if (issues.length > 0) {
    rows.push([], [{ value: t('report.issues', lang), style: 'subtitle' }]);
    for (const i of issues) {
      rows.push([{ value: issueText(i, lang), wrap: true }]);
      merges.push(`A${rows.length}:K${rows.length}`);
    }
  }
  rows.push([], [{ value: t('report.findings', lang), style: 'subtitle' }]);
  const headerRow = rows.length + 1;
  rows.push(COLUMNS.map((k) => ({ value: t(k, lang), style: 'header' })));
  // Numbered in the order every front door lists them: members worst first, departments, the union.
  summary.findingOrder.forEach((index, i) => {
    const f = result.findings[index];
    if (!f) return;
    const member = f.subject.kind === 'member' ? members.get(f.subject.studentId) : undefined;
    const text = findingText(f, lang, member);
    const link = f.ref ? opts.linkOf(f.ref) : undefined;
    rows.push([
      { value: i + 1, numFmt: 'integer' },
      { value: text.severity, style: SEVERITY_STYLE[f.severity] ?? 'info' },
      { value: text.rule },
      { value: text.subject },
      { value: text.studentId, numFmt: 'text' },
      { value: text.name },
      { value: text.department },
      { value: text.title },
      { value: text.message, wrap: true },
      { value: text.sources, wrap: true },
      f.ref
        ? {
            value: t('report.location', lang, { sheet: f.ref.sheet, row: f.ref.row }),
            ...(link ? { link } : {}),
          }
        : { value: '' },
    ]);
  });
  if (result.findings.length === 0) rows.push([{ value: t('report.noFindings', lang) }]);
  return {
    name: opts.name,
    rows,
    columnWidths: WIDTHS,
    rowHeights: fitRowHeights(rows, heightWidths(headerRow)),
    merges,
    tables: [
      {
        name: 'Findings',
        headerRow,
        firstCol: 1,
        columnCount: COLUMNS.length,
        rowCount: result.findings.length,
      },
    ],
    freeze: { rows: headerRow },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: `${headerRow}:${headerRow}`,
    },
  };
}
