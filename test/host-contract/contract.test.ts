import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorText } from '../../src/taskpane/errorText';
import type { Host } from './hosts';
import { HOSTS, SAMPLE, SAMPLE_DIR, samplePolicy } from './sample';

const dir = SAMPLE_DIR;
const present = existsSync(SAMPLE) && existsSync(join(dir, 'expected.json'));
const ROSTER = '学生会名单';

const hosts = HOSTS;

(present ? describe : describe.skip)('the pane contract on the bundled sample', () => {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    counts: Record<string, number>;
  };

  describe.each(hosts)('%s', (_label, make) => {
    let host: Host;
    beforeAll(async () => {
      host = await make(SAMPLE);
    }, 120_000);

    it('checks the sample to the expected counts, writes the report, and 清除标记 restores it exactly', async () => {
      const before = host.snapshot();
      const shown = host.shown();
      const answer = await host.gateway.check({ policy: samplePolicy(), lang: 'zh' });
      if (!answer.ok) throw new Error(`the sample must check on ${host.name}`);
      // The report's header stays in view on both hosts; the teacher stays on their sheet.
      expect(host.frozen('检查报告')?.rows).toBeGreaterThan(1);
      expect(host.frozen('部门统计')?.rows).toBeGreaterThan(0);
      expect(host.frozen(ROSTER)).toBeNull();
      expect(host.shown()).toBe(shown);
      const counts = { eligible: 0, ineligible: 0, pending: 0 };
      for (const m of answer.value.members) counts[m.status]++;
      expect(counts).toEqual(expected.counts);
      expect(host.sheetNames()).toEqual(expect.arrayContaining(['检查报告', '部门统计']));
      expect(answer.written?.reportSheet).toBe('检查报告');
      expect(host.painted(ROSTER).size).toBeGreaterThan(0);
      // A second check replaces the first: no 检查报告 (2), no doubled highlights.
      await host.gateway.check({ policy: samplePolicy(), lang: 'zh' });
      expect(host.sheetNames().filter((n) => n.startsWith('检查报告'))).toEqual(['检查报告']);
      const cleared = await host.gateway.clearMarks();
      expect(cleared.removed).toBeGreaterThan(0);
      expect(host.snapshot()).toEqual(before);
    });

    it('saves settings in the workbook and reads them back', async () => {
      const policyJson = JSON.stringify(samplePolicy());
      expect(policyJson.length).toBeGreaterThan(255);
      const overrides = [{ sheet: ROSTER, kind: 'roster' as const, headerRow: 3 }];
      await host.gateway.saveSettings({ policyJson, overrides, appraisalJson: '{"a":"评议"}' });
      await host.gateway.saveSettings({ appraisalJson: '{"a":"第二次"}' });
      expect(await host.gateway.loadSettings()).toEqual({
        policyJson,
        overrides,
        appraisalJson: '{"a":"第二次"}',
      });
    });

    it('refuses a protected roster, names it in the message, and changes nothing', async () => {
      const fresh = await make(SAMPLE);
      fresh.protect(ROSTER);
      const before = fresh.snapshot();
      const error: unknown = await fresh.gateway.check({ policy: samplePolicy(), lang: 'zh' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ messageKey: expect.stringMatching(/\.sheetProtected$/) });
      expect(errorText(error, 'zh')).toContain(ROSTER);
      expect(errorText(error, 'zh')).toContain('撤销工作表保护');
      expect(fresh.snapshot()).toEqual(before);
    }, 120_000);
  });

  it('both hosts paint the same cells in the same colours', async () => {
    const painted: Map<string, string>[] = [];
    for (const [, make] of hosts) {
      const host = await make(SAMPLE);
      const answer = await host.gateway.check({ policy: samplePolicy(), lang: 'zh' });
      expect(answer.ok).toBe(true);
      painted.push(host.painted(ROSTER));
    }
    const [excel, wps] = painted as [Map<string, string>, Map<string, string>];
    expect(excel.size).toBeGreaterThan(0);
    expect(new Map([...wps].sort())).toEqual(new Map([...excel].sort()));
  }, 120_000);
});
