import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  parseAppraisalArgs,
  runAppraisalCollect,
  runAppraisalGenerate,
} from '../../src/cli/appraisal';
import { loadTemplate } from '../../src/cli/appraisal/loadTemplate';
import { settingsFromOptions } from '../../src/cli/appraisal/settingsFromOptions';
import type { FormLayout } from '../../src/core/appraisal/formSheet';
import { parsePolicy } from '../../src/core/policy/serialize';
import { collectAppraisal, generateAppraisal } from '../../src/web/pipeline/appraisal';
import { checkPicked } from '../../src/web/pipeline/checkPicked';
import { modelBytes } from '../../src/web/pipeline/modelBytes';
import { readPicked } from '../../src/web/readPicked';
import { workbookCells } from './workbookCells';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const WORKBOOK = join(SAMPLES, '学生会名单与成绩.xlsx');
const POLICY = join(SAMPLES, 'policy.json');
const dir = mkdtempSync(join(tmpdir(), 'uc-web-appraisal-'));

function picked(path: string, name: string) {
  return { name, blob: new Blob([new Uint8Array(readFileSync(path))]) };
}

async function readAll(files: { name: string; blob: Blob }[]) {
  const results = await readPicked(files);
  return results.map((r) => {
    if (!r.ok) throw new Error(`${r.failure.name}: ${r.failure.messageKey}`);
    return r.file;
  });
}

async function expectSameCells(cliPath: string, bytes: Uint8Array) {
  const cli = await workbookCells(readFileSync(cliPath));
  const web = await workbookCells(bytes);
  expect([...web.keys()]).toEqual([...cli.keys()]);
  for (const [sheet, cells] of cli)
    expect({ sheet, cells: web.get(sheet) }).toEqual({ sheet, cells });
}

/** Types scores into the forms, leaving every third member blank: a scorer who skipped some. */
async function fill(
  generated: string,
  filled: string,
  layouts: readonly FormLayout[],
  dims: number,
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(generated);
  let typed = 0;
  for (const layout of layouts) {
    const ws = wb.getWorksheet(layout.sheet);
    if (!ws) throw new Error(`no sheet ${layout.sheet}`);
    layout.members.forEach((_m, i) => {
      if (i % 3 === 2) return;
      for (let d = 0; d < dims; d++) {
        ws.getCell(layout.firstDataRow + i, layout.firstDimCol + d).value = 6 + ((i + d) % 4);
        typed++;
      }
    });
  }
  await wb.xlsx.writeFile(filled);
  return typed;
}

describe('the page’s appraisal', () => {
  const forms = join(dir, '述职评议.xlsx');
  const filled = join(dir, '评分表-已填.xlsx');
  const summary = join(dir, '评议汇总.xlsx');

  it('generates the same scoring workbook as `appraisal` and collects the same 汇总 as `appraisal collect`', async () => {
    const args = parseAppraisalArgs([
      WORKBOOK,
      '--policy',
      POLICY,
      '--out',
      forms,
      '--term',
      '2025-2026-1',
    ]);
    if (args.command !== 'generate') throw new Error('parse');
    const generated = await runAppraisalGenerate(args.opts);
    expect(generated.exitCode).toBe(0);

    const template = await loadTemplate(args.opts.template);
    if (!template.ok) throw new Error('template');
    const settings = settingsFromOptions(args.opts, template.value);
    if (!settings.ok) throw new Error('settings');
    const policy = parsePolicy(JSON.parse(readFileSync(POLICY, 'utf8')));
    if (!policy.ok) throw new Error('policy');
    const outcome = checkPicked(
      await readAll([picked(WORKBOOK, '学生会名单与成绩.xlsx')]),
      policy.value,
    );
    if (!outcome.ok) throw new Error('check');
    const built = generateAppraisal(outcome.value, settings.value, 'zh');
    if (!built.ok) throw new Error('generate');
    expect(built.value.build.layouts.length).toBeGreaterThan(0);
    await expectSameCells(forms, await modelBytes(built.value.build.model));

    const dims = settings.value.template.dimensions.filter((d) => !d.evidence).length;
    expect(await fill(forms, filled, built.value.build.layouts, dims)).toBeGreaterThan(0);
    const cliCollect = await runAppraisalCollect({ files: [filled], out: summary, lang: 'zh' });
    expect(cliCollect.exitCode).toBeLessThan(2);
    const collected = collectAppraisal(await readAll([picked(filled, '评分表-已填.xlsx')]), 'zh');
    if (!collected.ok) throw new Error(JSON.stringify(collected.issues));
    expect(collected.value.copies).toBeGreaterThan(0);
    await expectSameCells(summary, await modelBytes(collected.value.model));
  });
});
