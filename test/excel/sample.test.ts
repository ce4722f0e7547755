import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles } from '../../src/cli/check/checkFiles';
import type { Finding } from '../../src/core/findings';
import { checkSheets } from '../../src/core/pipeline';
import { parsePolicy } from '../../src/core/policy/serialize';
import { HIGHLIGHT } from '../../src/core/report/styles';
import type { Progress } from '../../src/excel/gateway';
import type { DoubleWorkbook, WorkbookSnapshot } from '../excel-double';
import { loadDoubleFromXlsx } from '../excel-double/fromXlsx';
import { gatewayFor, productMarks } from './helpers';

const dir = join(__dirname, '../../assets/samples');
const present =
  existsSync(join(dir, '学生会名单与成绩.xlsx')) && existsSync(join(dir, 'expected.json'));

(present ? describe : describe.skip)('the sample workbook through the gateway', () => {
  let double: DoubleWorkbook;
  let before: WorkbookSnapshot;
  beforeAll(async () => {
    double = await loadDoubleFromXlsx(join(dir, '学生会名单与成绩.xlsx'));
    before = double.snapshot();
  }, 120_000);

  it('finds what the expected outcome lists, like the in-memory check, within the sync budget', async () => {
    const parsed = parsePolicy(readFileSync(join(dir, 'policy.json'), 'utf8'));
    if (!parsed.ok) throw new Error('sample policy must parse');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
      counts: Record<string, number>;
    };
    const memory = checkSheets(double.grids(), parsed.value);
    const progress: Progress[] = [];
    double.resetStats();
    const answer = await gatewayFor(double).check({
      policy: parsed.value,
      lang: 'zh',
      onProgress: (p) => progress.push(p),
    });
    if (!answer.ok || !memory.ok) throw new Error('the sample must check');
    const counts = { eligible: 0, ineligible: 0, pending: 0 };
    for (const m of answer.value.members) counts[m.status]++;
    expect(counts).toEqual(expected.counts);
    expect(answer.value.findings).toEqual(memory.value.findings);
    // The command line reads the file with its own streaming reader: same findings, refs naming the file.
    const cli = await checkFiles([join(dir, '学生会名单与成绩.xlsx')], parsed.value);
    if (!cli.ok) throw new Error('the CLI must check the sample');
    const withoutFile = (f: Finding): Finding =>
      JSON.parse(JSON.stringify(f, (k, v: unknown) => (k === 'file' ? undefined : v))) as Finding;
    expect(cli.value.findings.map(withoutFile)).toEqual(answer.value.findings.map(withoutFile));
    const reads = progress.filter((p) => p.phase === 'read').at(-1)!.total;
    expect(double.stats.syncs).toBeLessThanOrEqual(4 + reads + 2);
    const marks = productMarks(double, '学生会名单');
    const areas = (colour: string): number =>
      marks.filter((m) => m.fill === colour).reduce((n, m) => n + m.rects.length, 0);
    expect(areas(HIGHLIGHT.ineligible)).toBeGreaterThan(0);
    expect(areas(HIGHLIGHT.pending)).toBeGreaterThan(0);
    expect(areas(HIGHLIGHT.overLimit)).toBeGreaterThan(0);
  });

  it('清除标记 then restores the workbook exactly', async () => {
    await gatewayFor(double).clearMarks();
    expect(double.snapshot()).toEqual(before);
  });
});
