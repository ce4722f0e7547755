import { columnLetter } from '../cells';
import { t } from '../messages';
import type { Lang } from '../messages';
import type { ModelCell, ModelSheet } from '../report/sheetModel';
import { totalFactors } from './factors';
import { introRows } from './formIntro';
import { cellAddress, totalFormula } from './formulas';
import { FORM_FIXED_KEYS, headerText } from './headers';
import type { AppraisalTemplate, AppraisedMember, FormUnit } from './types';

export interface FormSpec {
  readonly sheet: string;
  /** Table (ListObject) name, unique in the workbook. */
  readonly tableName: string;
  readonly group: string;
  readonly unit: FormUnit;
  readonly template: AppraisalTemplate;
  readonly school?: string;
  readonly term?: string;
  /** A pre-filled score cell (a suggestion, or a collected score); undefined = blank for the scorer. */
  readonly fill?: (member: AppraisedMember, dimension: number) => ModelCell | undefined;
  /** Whether some cells hold suggestions (adds the legend line). */
  readonly hasSuggestions?: boolean;
  /** Hidden text naming the form's generation (generation.ts), in the blank row above the header. */
  readonly marker?: string;
}

/** Where things sit on a generated form: what the summary and collect need to point at it. */
export interface FormLayout {
  readonly sheet: string;
  readonly group: string;
  readonly department: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly idCol: number;
  readonly firstDimCol: number;
  readonly totalCol: number;
  readonly members: readonly AppraisedMember[];
}

const FIXED = FORM_FIXED_KEYS.length;

function merged(row: number, lastCol: number): string {
  return `A${row}:${columnLetter(lastCol)}${row}`;
}

function memberRow(
  spec: FormSpec,
  member: AppraisedMember,
  row: number,
  factors: readonly number[],
): ModelCell[] {
  const text = (value: string): ModelCell => ({ value, numFmt: 'text' });
  const scores = spec.template.dimensions.map(
    (_d, i): ModelCell => spec.fill?.(member, i) ?? { style: 'input', numFmt: 'decimal1' },
  );
  const total: ModelCell = { formula: totalFormula(row, FIXED + 1, factors), numFmt: 'decimal2' };
  return [
    text(member.name),
    text(member.studentId),
    text(member.department),
    text(member.title),
    ...scores,
    total,
  ];
}

/** One printable A4 scoring form (评分表) for one department and one scorer group. */
export function buildFormSheet(
  spec: FormSpec,
  lang: Lang,
): { sheet: ModelSheet; layout: FormLayout } {
  const dims = spec.template.dimensions;
  const totalCol = FIXED + dims.length + 1;
  const intro = introRows(spec, lang);
  const headerRow = intro.length + 2;
  const firstDataRow = headerRow + 1;
  const members = spec.unit.members;
  const lastDataRow = headerRow + members.length;
  const factors = totalFactors(spec.template);
  const header: ModelCell[] = [
    ...FORM_FIXED_KEYS.map((key): ModelCell => ({
      value: headerText(key, lang),
      style: 'header',
      align: 'center',
    })),
    ...dims.map((d): ModelCell => ({ value: d.name, style: 'header', align: 'center' })),
    { value: headerText('total', lang), style: 'header', align: 'center' },
  ];
  const signature: ModelCell = { value: t('appraisal.form.signature', lang), style: 'signature' };
  const rows: (readonly (ModelCell | undefined)[])[] = [
    ...intro.map((cell) => [cell]),
    // Collect knows a form by this, not by its sheet name, which a reviewer may change.
    spec.marker !== undefined ? [{ value: spec.marker, numFmt: 'hidden' }] : [],
    header,
    ...members.map((m, i) => memberRow(spec, m, firstDataRow + i, factors)),
    [],
    [signature],
  ];
  const introMerges = intro.map((_c, i) => merged(i + 1, totalCol));
  const sheet: ModelSheet = {
    name: spec.sheet,
    rows,
    columnWidths: [
      10,
      16,
      12,
      10,
      ...dims.map((d) => Math.max(8, Math.min(14, d.name.length * 2 + 2))),
      9,
    ],
    merges: [...introMerges, merged(lastDataRow + 2, totalCol)],
    tables: [
      {
        name: spec.tableName,
        headerRow,
        firstCol: 1,
        columnCount: totalCol,
        rowCount: members.length,
      },
    ],
    validations: dims.map((d, i) => ({
      range: `${cellAddress(FIXED + 1 + i, firstDataRow)}:${cellAddress(FIXED + 1 + i, lastDataRow)}`,
      type: 'decimal',
      min: 0,
      max: d.max,
      prompt: t('appraisal.validation.prompt', lang, { name: d.name, max: d.max }),
      error: t('appraisal.validation.error', lang, { name: d.name, max: d.max }),
    })),
    // The title and the column names stay in view while a reviewer scrolls a long department.
    freeze: { rows: headerRow },
    print: {
      orientation: totalCol > 10 ? 'landscape' : 'portrait',
      paper: 'A4',
      fitToWidth: true,
      titleRows: `${headerRow}:${headerRow}`,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
    },
  };
  const layout: FormLayout = {
    sheet: spec.sheet,
    group: spec.group,
    department: spec.unit.department,
    headerRow,
    firstDataRow,
    lastDataRow,
    idCol: 2,
    firstDimCol: FIXED + 1,
    totalCol,
    members,
  };
  return { sheet, layout };
}
