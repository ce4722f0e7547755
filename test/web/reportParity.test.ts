import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheckCommand } from '../../src/cli/check/runCheckCommand';
import { presetPolicy } from '../../src/core/policy/presets';
import { parsePolicy } from '../../src/core/policy/serialize';
import type { CheckProgress } from '../../src/taskpane/gateway';
import { runJob } from '../../src/web/worker/runJob';
import { workbookCells } from './workbookCells';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const WORKBOOK = join(SAMPLES, '学生会名单与成绩.xlsx');
const POLICY = join(SAMPLES, 'policy.json');

/** A picked file as the page hands it to its worker. */
function picked(path: string, name: string): File {
  return new File([readFileSync(path)], name);
}

describe('the page’s 检查报告', () => {
  it('has the same cells (the worker’s job, file to bytes) as the command line’s report for the same files and policy', async () => {
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
    const seen: CheckProgress[] = [];
    const page = await runJob(
      {
        kind: 'check',
        files: [picked(WORKBOOK, '学生会名单与成绩.xlsx')],
        policy: policy.value,
        overrides: [],
        lang: 'zh',
        generatedAt: now.toLocaleString('zh-CN'),
      },
      (p) => seen.push(p),
    );
    if (page.kind !== 'checked' || !page.outcome.ok || !page.report)
      throw new Error(`page check: ${page.kind}`);
    // Reading counts the file's bytes (with the rows read), then the check, then the report.
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(['read', 'compute', 'write']);
    const lastRead = seen.filter((p) => p.phase === 'read').pop();
    expect(lastRead?.total).toBe(statSync(WORKBOOK).size);
    expect(lastRead?.done).toBe(lastRead?.total);
    expect(lastRead?.rows).toBeGreaterThan(10);
    const bytes = page.report;

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

describe('a picked file that cannot be read', () => {
  it('stops the check with the reader’s message naming the file', async () => {
    const answer = await runJob(
      {
        kind: 'check',
        files: [
          picked(WORKBOOK, '学生会名单与成绩.xlsx'),
          new File(['PK\x03\x04 broken'], '成绩.xlsx'),
        ],
        policy: presetPolicy(),
        overrides: [],
        lang: 'zh',
        generatedAt: '',
      },
      () => undefined,
    );
    expect(answer).toEqual({
      kind: 'unreadable',
      failures: [
        expect.objectContaining({
          name: '成绩.xlsx',
          params: expect.objectContaining({ file: '成绩.xlsx' }),
        }),
      ],
    });
  });
});
