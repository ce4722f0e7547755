import { buildAppraisalWorkbook } from '../../src/core/appraisal/build';
import { selectForms } from '../../src/core/appraisal/selection';
import { resolveSettings } from '../../src/core/appraisal/settings';
import type { SettingsChoice } from '../../src/core/appraisal/settings';
import { NATIONAL_TEMPLATE } from '../../src/core/appraisal/templates';
import type { ModelSheet } from '../../src/core/report/sheetModel';
import { ROSTER, roleOf } from './fixtures';

const ALLOWED = new Set([
  'SUM',
  'AVERAGE',
  'MAX',
  'MIN',
  'COUNT',
  'COUNTIF',
  'RANK',
  'IF',
  'AND',
  'OR',
  'INDEX',
  'MATCH',
  'SUMPRODUCT',
  'ROUND',
  'INT',
]);

function build(choice: Partial<SettingsChoice> = {}) {
  const settings = resolveSettings(
    { template: NATIONAL_TEMPLATE, term: '2025-2026-1', school: '某职业技术学院', ...choice },
    'zh',
  );
  if (!settings.ok) throw new Error(JSON.stringify(settings.issues));
  const { units } = selectForms(
    { members: ROSTER, roleOf, scope: settings.value.scope, layout: settings.value.layout },
    'zh',
  );
  const ranks = new Map([['2023003', { percent: 12, rank: 3, cohortSize: 25 }]]);
  return buildAppraisalWorkbook({
    settings: settings.value,
    units,
    evidence: { ranks },
    lang: 'zh',
  });
}

function formulas(sheet: ModelSheet): string[] {
  return sheet.rows.flatMap((row) => row.flatMap((cell) => (cell?.formula ? [cell.formula] : [])));
}

describe('buildAppraisalWorkbook', () => {
  const weighted = build({
    groups: [
      { name: '学生代表', weight: 30 },
      { name: '团委', weight: 20 },
      { name: '学工部', weight: 30 },
      { name: '自评', weight: 20 },
    ],
  });
  const sheets = weighted.model.sheets;

  it('writes the summary, one form per group and department, the evidence and the settings', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      '考核汇总',
      ...['学生代表', '团委', '学工部', '自评'].flatMap((g) =>
        ['主席团', '秘书处', '@文体部'].map((d) => `评分-${g}-${d}`),
      ),
      '建议分依据',
      '评议设置',
    ]);
  });

  it('lays out each form as a printable A4 table with validated score cells and live totals', () => {
    const layout = weighted.layouts[1];
    const form = sheets.find((s) => s.name === layout?.sheet);
    if (!layout || !form) throw new Error('form missing');
    expect(form.rows[0]?.[0]?.value).toBe(
      '某职业技术学院学生会2025-2026学年第一学期述职评议评分表',
    );
    expect(form.rows[layout.headerRow - 1]?.map((c) => c?.value)).toEqual([
      '姓名',
      '学号',
      '部门',
      '职务',
      '政治态度',
      '道德品行',
      '学习情况',
      '工作成效',
      '纪律作风',
      '总分',
    ]);
    expect(form.tables).toEqual([
      {
        name: expect.any(String),
        headerRow: layout.headerRow,
        firstCol: 1,
        columnCount: 10,
        rowCount: 1,
      },
    ]);
    expect(form.validations?.map((v) => [v.range, v.type, v.min, v.max])).toEqual(
      ['E', 'F', 'G', 'H', 'I'].map((c) => [
        `${c}${layout.firstDataRow}:${c}${layout.lastDataRow}`,
        'decimal',
        0,
        20,
      ]),
    );
    const total = form.rows[layout.firstDataRow - 1]?.[9]?.formula;
    expect(total).toBe(
      `IF(COUNT(E${layout.firstDataRow}:I${layout.firstDataRow})<5,"",ROUND(SUM(E${layout.firstDataRow}:I${layout.firstDataRow}),2))`,
    );
  });

  it('freezes every form down to its column names, so they stay in view on a long department', () => {
    for (const layout of weighted.layouts) {
      const form = sheets.find((s) => s.name === layout.sheet);
      expect(form?.freeze).toEqual({ rows: layout.headerRow });
    }
  });

  it('sets A4 print setup with repeated header rows on every sheet meant for paper', () => {
    for (const layout of weighted.layouts) {
      const form = sheets.find((s) => s.name === layout.sheet);
      expect(form?.print).toMatchObject({
        paper: 'A4',
        fitToWidth: true,
        titleRows: `${layout.headerRow}:${layout.headerRow}`,
        margins: expect.any(Object),
      });
    }
    expect(sheets[0]?.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: '6:6',
    });
  });

  it('writes names and departments beginning with = + - @ as values, never as formulas', () => {
    const cells = sheets.flatMap((s) => s.rows.flat());
    for (const text of ['=张三', '+钱', '@文体部']) {
      expect(cells.some((c) => c?.value === text)).toBe(true);
      expect(
        cells.some((c) => c?.formula?.includes(text.slice(1)) && !c.formula.includes("'")),
      ).toBe(false);
    }
  });

  it('uses only functions Excel, WPS and LibreOffice share', () => {
    const used = new Set(
      sheets
        .flatMap(formulas)
        .flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])),
    );
    expect([...used].filter((name) => !ALLOWED.has(name ?? ''))).toEqual([]);
    expect(used.has('SUMPRODUCT')).toBe(true);
  });

  it('looks each group score up by 学号 on the right form', () => {
    const summary = sheets[0];
    const row = summary?.rows[6];
    expect(row?.[2]?.value).toBe('2023001');
    expect(row?.[5]?.formula).toMatch(
      /^INDEX\('评分-学生代表-主席团'!\$J\$\d+:\$J\$\d+,MATCH\(\$C7,'评分-学生代表-主席团'!\$B\$\d+:\$B\$\d+,0\)\)$/,
    );
    expect(row?.[10]?.formula).toContain('SUMPRODUCT(F7:I7,F$5:I$5)');
  });

  it('pre-fills the academic suggestion, marked as such', () => {
    const layout = weighted.layouts.find((l) => l.department === '秘书处');
    const form = sheets.find((s) => s.name === layout?.sheet);
    const cell = form?.rows[(layout?.firstDataRow ?? 0) - 1]?.[6];
    // 3rd of 25 = top 12%: the 20% step gives 0.95 x 20.
    expect(cell).toMatchObject({ value: 19, style: 'suggested' });
  });

  it('scales the total to 100 points when the template is weighted', () => {
    const own = build({
      template: {
        name: 'own',
        dimensions: [
          { name: '甲', max: 10, weight: 40, description: '' },
          { name: '乙', max: 10, weight: 60, description: '' },
        ],
      },
    });
    const layout = own.layouts[0];
    const form = own.model.sheets.find((s) => s.name === layout?.sheet);
    expect(form?.rows[(layout?.firstDataRow ?? 0) - 1]?.[6]?.formula).toBe(
      'IF(COUNT(E8:F8)<2,"",ROUND(E8*4+F8*6,2))'.replace(/8/g, String(layout?.firstDataRow)),
    );
  });
});
