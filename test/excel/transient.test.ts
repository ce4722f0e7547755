import { sampleDouble, samplePolicy, settingsOf } from './appraisalFixture';
import {
  addRoster,
  doubleFrom,
  gatewayFor,
  members,
  productMarks,
  rosterOnlyPolicy,
} from './helpers';

const NOT_ACTIVE = { code: 'InvalidOperation', message: 'The workbook is not active.' };

async function roster() {
  return doubleFrom((wb) => void addRoster(wb, members(40, 4)));
}

describe('transient failures are tried again', () => {
  it('a request over the web limit is written again in smaller syncs', async () => {
    const double = await sampleDouble();
    double.requestLimit = 150_000;
    const answer = await gatewayFor(double).appraisal({
      policy: samplePolicy(),
      settings: settingsOf(),
      lang: 'zh',
    });
    expect(answer.status).toBe('generated');
    expect(double.stats.largestRequest).toBeLessThanOrEqual(150_000);
    const names = double.state.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('~UC'))).toEqual([]);
    if (answer.status === 'generated') expect(names).toEqual(expect.arrayContaining(answer.sheets));
  }, 60_000);

  it('a write cut off because another workbook took focus is rolled back and done once', async () => {
    const double = await roster();
    double.injectFault({ ...NOT_ACTIVE, atWrite: 5 });
    const answer = await gatewayFor(double).check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(answer.ok).toBe(true);
    expect(double.state.sheets.map((s) => s.name)).toEqual(['学生会名单', '检查报告', '部门统计']);
    expect(productMarks(double, '学生会名单').length).toBeGreaterThan(0);
    expect(double.faults).toEqual([]);
  });

  it('a read cut off the same way (InvalidSelection) runs the action again', async () => {
    const double = await roster();
    double.injectFault({ code: 'InvalidSelection', times: 2 });
    const answer = await gatewayFor(double).check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(answer.ok).toBe(true);
    expect(double.stats.runs).toBe(3);
  });

  it("gives up after a few tries with Excel's answer, and a full disk is never retried", async () => {
    const double = await roster();
    double.injectFault({ ...NOT_ACTIVE, times: 50 });
    await expect(
      gatewayFor(double).check({ policy: rosterOnlyPolicy(), lang: 'zh' }),
    ).rejects.toMatchObject({ messageKey: 'excel.failed' });
    const disk = await roster();
    disk.injectFault({ code: 'GeneralException', message: '磁盘已满', atWrite: 3 });
    await expect(
      gatewayFor(disk).check({ policy: rosterOnlyPolicy(), lang: 'zh' }),
    ).rejects.toMatchObject({ messageKey: 'excel.writeFailed' });
    expect(disk.state.sheets.map((s) => s.name)).toEqual(['学生会名单']);
  });
});
