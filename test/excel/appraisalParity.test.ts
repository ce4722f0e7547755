import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { resolveSettings } from '../../src/core/appraisal/settings';
import { BUILT_IN_TEMPLATES } from '../../src/core/appraisal/templates';
import type { SettingsChoice } from '../../src/core/appraisal/settings';
import type { AppraisalAnswer } from '../../src/excel/gateway';
import { doubleCells, doubleTables, xlsxCells } from './appraisalCells';
import { SAMPLE, sampleDouble, samplePolicy } from './appraisalFixture';
import { gatewayFor } from './helpers';

const POLICY = join(__dirname, '..', '..', 'assets', 'samples', 'policy.json');

interface Scenario {
  readonly name: string;
  readonly flags: string[];
  readonly choice: SettingsChoice;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'hnjt-2021, four weighted groups, per department, quota',
    flags: [
      '--template=hnjt-2021',
      '--groups=学生代表:30,团委:20,学工部:30,自评:20',
      '--quota=30',
      '--term=2025-2026-1',
      '--school=示范职业技术学院',
    ],
    choice: {
      template: BUILT_IN_TEMPLATES['hnjt-2021'],
      groups: [
        { name: '学生代表', weight: 30 },
        { name: '团委', weight: 20 },
        { name: '学工部', weight: 30 },
        { name: '自评', weight: 20 },
      ],
      excellentQuota: 30,
      term: '2025-2026-1',
      school: '示范职业技术学院',
    },
  },
  {
    name: 'national, all members on one form, trimmed mean of three panel members',
    flags: [
      '--scope=all',
      '--layout=single',
      '--groups=评委1,评委2,评委3',
      '--aggregate=trimmed',
      '--bands=90,75,60',
    ],
    choice: {
      template: BUILT_IN_TEMPLATES.national,
      scope: 'all',
      layout: 'single',
      groups: [{ name: '评委1' }, { name: '评委2' }, { name: '评委3' }],
      aggregate: 'trimmed',
      bands: { excellent: 90, good: 75, pass: 60 },
    },
  },
];

async function cliWorkbook(flags: readonly string[], dir: string): Promise<ExcelJS.Workbook> {
  const out = join(dir, 'cli.xlsx');
  const lines: string[] = [];
  const sink = {
    stdout: (t: string) => void lines.push(t),
    stderr: (t: string) => void lines.push(t),
  };
  const code = await main(
    ['appraisal', SAMPLE, `--out=${out}`, `--policy=${POLICY}`, ...flags],
    sink,
  );
  expect({ code, lines }).toEqual({ code: 0, lines: expect.any(Array) as unknown });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

describe('appraisal from the pane (adapter over the double) equals the command line', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'uc-appraisal-parity-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(SCENARIOS)(
    '$name: same sheets, every value and formula',
    async (s) => {
      const settings = resolveSettings(s.choice, 'zh');
      if (!settings.ok) throw new Error(JSON.stringify(settings.issues));
      const double = await sampleDouble();
      const teacherSheets = double.snapshot().sheets.map((x) => x.name);
      const answer: AppraisalAnswer = await gatewayFor(double).appraisal({
        policy: samplePolicy(),
        settings: settings.value,
        lang: 'zh',
      });
      if (answer.status !== 'generated') throw new Error(JSON.stringify(answer));
      const cli = await cliWorkbook(s.flags, dir);
      expect(answer.sheets).toEqual(cli.worksheets.map((ws) => ws.name));
      expect(double.snapshot().sheets.map((x) => x.name)).toEqual([
        ...teacherSheets,
        ...answer.sheets,
      ]);
      expect(answer.forms).toBeGreaterThan(1);
      let cells = 0;
      for (const ws of cli.worksheets) {
        const expected = xlsxCells(ws);
        expect({ sheet: ws.name, cells: doubleCells(double, ws.name) }).toEqual({
          sheet: ws.name,
          cells: expected,
        });
        cells += Object.keys(expected).length;
      }
      expect(cells).toBeGreaterThan(500);
      const tables = doubleTables(double);
      expect(answer.sheets.flatMap((name) => tables[name] ?? []).length).toBeGreaterThan(
        answer.forms,
      );
      for (const ws of cli.worksheets)
        expect({ sheet: ws.name, tables: tables[ws.name] }).toEqual({
          sheet: ws.name,
          tables: ws
            .getTables()
            .map((t) => (t as unknown as { table: { name: string } }).table.name)
            .sort(),
        });
    },
    60_000,
  );
});
