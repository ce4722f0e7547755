import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAppraisalGenerate, parseAppraisalArgs } from '../../src/cli/appraisal';
import {
  buildAppraisalFromSheets,
  parseSettingsJson,
  resolveSettings,
  settingsToJson,
} from '../../src/core/appraisal';
import { HNJT_2021_TEMPLATE } from '../../src/core/appraisal/templates';
import { presetPolicy } from '../../src/core/policy/presets';
import type { SheetGrid } from '../../src/core/tables';
import { writeTeacherWorkbook } from './cliWorkbooks';
import { plain, readWorkbook } from './xlsxCells';

/** The teacher's workbook as the pane would hand it over: every sheet's values. */
async function sheetsOf(path: string, file: string): Promise<SheetGrid[]> {
  const wb = await readWorkbook(path);
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const rows: (string | number | boolean | null)[][] = [];
    ws.eachRow((row, n) => {
      const cells: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const v = plain(cell);
        cells[col - 1] = v !== null && typeof v === 'object' ? null : v;
      });
      rows[n - 1] = cells;
    });
    sheets.push({ file, sheet: ws.name, rows: Array.from(rows, (r) => r ?? []) });
  });
  return sheets;
}

describe('buildAppraisalFromSheets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uc-appraisal-pane-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the pane the same workbook model the command line writes', async () => {
    const teacher = join(dir, '名单.xlsx');
    await writeTeacherWorkbook(teacher);
    const args = parseAppraisalArgs([
      teacher,
      '--template',
      'hnjt-2021',
      '--groups',
      '学生代表,团委,自评',
      '--aggregate',
      'trimmed',
      '--out',
      join(dir, 'cli.xlsx'),
    ]);
    if (args.command !== 'generate') throw new Error('parse');
    expect((await runAppraisalGenerate(args.opts)).exitCode).toBe(0);
    const settings = resolveSettings(
      {
        template: HNJT_2021_TEMPLATE,
        groups: ['学生代表', '团委', '自评'].map((name) => ({ name })),
        aggregate: 'trimmed',
      },
      'zh',
    );
    if (!settings.ok) throw new Error('settings');
    const pane = buildAppraisalFromSheets({
      sheets: await sheetsOf(teacher, '名单.xlsx'),
      policy: presetPolicy(undefined),
      settings: settings.value,
      lang: 'zh',
    });
    if (!pane.ok) throw new Error(JSON.stringify(pane.issues));
    // The CLI file read back holds the same sheets, values and formulas as the pane's model.
    const written = await readWorkbook(join(dir, 'cli.xlsx'));
    expect(written.worksheets.map((ws) => ws.name)).toEqual(
      pane.value.build.model.sheets.map((s) => s.name),
    );
    for (const sheet of pane.value.build.model.sheets) {
      const ws = written.getWorksheet(sheet.name)!;
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const got = ws.getCell(r + 1, c + 1).value as unknown;
          const want =
            cell?.formula !== undefined ? { formula: cell.formula } : (cell?.value ?? null);
          expect({ at: `${sheet.name}!${r + 1}:${c + 1}`, v: got }).toEqual({
            at: `${sheet.name}!${r + 1}:${c + 1}`,
            v: want,
          });
        }),
      );
    }
  });

  it('stops with the input issue when the sheets hold no roster', () => {
    const settings = resolveSettings({ template: HNJT_2021_TEMPLATE }, 'zh');
    if (!settings.ok) throw new Error('settings');
    const outcome = buildAppraisalFromSheets({
      sheets: [{ sheet: 'Sheet1', rows: [['随便'], [1]] }],
      policy: presetPolicy(undefined),
      settings: settings.value,
      lang: 'zh',
    });
    expect(outcome.ok).toBe(false);
  });
});

describe('settings JSON', () => {
  it('round-trips what the pane saves with the workbook', () => {
    const settings = resolveSettings(
      {
        template: HNJT_2021_TEMPLATE,
        groups: [
          { name: '学生代表', weight: 70 },
          { name: '自评', weight: 30 },
        ],
        excellentQuota: 30,
        term: '2025-2026-2',
        layout: 'single',
        scope: 'all',
      },
      'en',
    );
    if (!settings.ok) throw new Error('settings');
    expect(
      parseSettingsJson(JSON.parse(JSON.stringify(settingsToJson(settings.value))), 'en'),
    ).toEqual(settings);
  });

  it('turns a damaged saved value into issues', () => {
    const parsed = parseSettingsJson(
      {
        template: { name: 'x', dimensions: [{ name: 'a', max: -1 }] },
        groups: [{ name: 'g', weight: 'heavy' }],
        aggregate: 'median',
      },
      'zh',
    );
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.messageKey)).toEqual([
      'appraisal.template.maxInvalid',
      'appraisal.groups.weightInvalid',
      'appraisal.aggregate.unknown',
    ]);
  });
});
