import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheckCommand } from '../../src/cli/check/runCheckCommand';
import { parsePolicy } from '../../src/core/policy/serialize';
import { checkReport } from '../../src/web/pipeline/checkReport';
import { modelBytes } from '../../src/web/pipeline/modelBytes';
import { runCheck } from '../../src/web/pipeline/runCheck';
import { workbookCells } from './workbookCells';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const WORKBOOK = join(SAMPLES, '学生会名单与成绩.xlsx');
const POLICY = join(SAMPLES, 'policy.json');

function picked(path: string, name: string) {
  const data = readFileSync(path);
  return { name, bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) };
}

describe('the page’s 检查报告', () => {
  it('has the same cells as the command line’s report for the same files and policy', async () => {
    const now = new Date(2025, 5, 30, 9, 15, 0);
    const out = join(mkdtempSync(join(tmpdir(), 'uc-web-')), 'cli.xlsx');
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    const code = await runCheckCommand(
      [WORKBOOK, '--policy', POLICY, '--out', out, '--lang', 'zh'],
      quiet,
      now,
    );
    expect(code).toBe(1); // the sample has findings

    const policy = parsePolicy(JSON.parse(readFileSync(POLICY, 'utf8')));
    if (!policy.ok) throw new Error('sample policy.json does not parse');
    const page = await runCheck([picked(WORKBOOK, '学生会名单与成绩.xlsx')], {
      policy: policy.policy,
      overrides: [],
      lang: 'zh',
    });
    if (page.status !== 'done' || !page.outcome.ok) throw new Error(`page check: ${page.status}`);
    const bytes = await modelBytes(
      checkReport(page.outcome.result, 'zh', now.toLocaleString('zh-CN')),
    );

    const cli = await workbookCells(readFileSync(out));
    const web = await workbookCells(bytes);
    expect([...web.keys()]).toEqual([...cli.keys()]);
    expect(web.size).toBeGreaterThan(1);
    for (const [sheet, cells] of cli) {
      expect(cells.length).toBeGreaterThan(1);
      expect({ sheet, cells: web.get(sheet) }).toEqual({ sheet, cells });
    }
  });
});
