import type { GatewayError } from '../../src/excel/gateway';
import {
  addRoster,
  doubleFrom,
  gatewayFor,
  members,
  productMarks,
  rosterOnlyPolicy,
} from './helpers';

async function failure(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    return e as GatewayError;
  }
  throw new Error('expected a failure');
}

const roster = () => doubleFrom((wb) => void addRoster(wb, members(40, 6)));

describe('a check that cannot finish leaves the workbook as it was', () => {
  it('writes nothing when cancelled while reading', async () => {
    const double = await doubleFrom((wb) => {
      addRoster(wb, members(200, 6));
    });
    const before = double.snapshot();
    const controller = new AbortController();
    const error = await failure(
      gatewayFor(double).check({
        policy: rosterOnlyPolicy(),
        lang: 'zh',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'discover' && p.done === 3) controller.abort();
        },
      }),
    );
    expect(error.name).toBe('AbortError');
    expect(error.messageKey).toBe('excel.cancelled');
    expect(double.snapshot()).toEqual(before);
  });

  it.each([0, 0.3, 0.7, 1])(
    'rolls back a first check whose write fails at %p of its writes',
    async (share) => {
      const dry = await roster();
      await gatewayFor(dry).check({ policy: rosterOnlyPolicy(), lang: 'zh' });
      const double = await roster();
      const before = double.snapshot();
      // The last write of a first check lists its sheets' ids, after the report is complete: a
      // failure there is the test below.
      double.injectFault({
        code: 'GeneralException',
        atWrite: Math.max(1, Math.round((dry.stats.writes - 1) * share)),
      });
      const error = await failure(
        gatewayFor(double).check({ policy: rosterOnlyPolicy(), lang: 'zh' }),
      );
      expect(error.messageKey).toBe('excel.writeFailed');
      expect(double.snapshot()).toEqual(before);
    },
  );

  it('keeps a complete first report when only listing its sheets’ ids fails; the next check lists them', async () => {
    const dry = await roster();
    await gatewayFor(dry).check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    const double = await roster();
    double.injectFault({ code: 'GeneralException', atWrite: dry.stats.writes });
    const gateway = gatewayFor(double);
    const answer = await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(answer.ok).toBe(true);
    expect(double.snapshot().settings['UnionCompliance.sheetIds']).toBeUndefined();
    const written = double.snapshot().sheets.map((s) => s.name);
    expect(written).toContain(answer.written?.reportSheet);
    // The marker still names the sheets: the next check replaces them, not writes beside them.
    const again = await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(again.written?.reportSheet).toBe(answer.written?.reportSheet);
    expect(double.snapshot().sheets.map((s) => s.name)).toEqual(written);
    expect(double.snapshot().settings['UnionCompliance.sheetIds']).toBeDefined();
  });

  it.each([0.5, 0.99, 1])(
    'leaves either the old report or none when a re-check fails at %p of its writes',
    async (share) => {
      const dry = await roster();
      const dryGateway = gatewayFor(dry);
      await dryGateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
      dry.resetStats();
      await dryGateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
      const double = await roster();
      const clean = double.snapshot();
      const gateway = gatewayFor(double);
      await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
      const checked = double.snapshot();
      double.injectFault({
        code: 'GeneralException',
        atWrite: Math.round(dry.stats.writes * share),
      });
      const error = await failure(gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' }));
      expect(error.messageKey).toBe('excel.writeFailed');
      const after = double.snapshot();
      const names = after.sheets.map((s) => s.name);
      expect(names.filter((n) => n.startsWith('~UC'))).toEqual([]);
      if (names.includes('检查报告')) expect(after).toEqual(checked);
      else expect(after.sheets.map((s) => s.name)).toEqual(clean.sheets.map((s) => s.name));
    },
  );

  it('names the protected roster and changes nothing', async () => {
    const double = await roster();
    double.protect('学生会名单');
    const before = double.snapshot();
    const error = await failure(
      gatewayFor(double).check({ policy: rosterOnlyPolicy(), lang: 'zh' }),
    );
    expect(error.messageKey).toBe('excel.sheetProtected');
    expect(error.params).toEqual({ sheet: '学生会名单' });
    expect(double.snapshot()).toEqual(before);
  });

  it('refuses to clear marks on a sheet protected since, naming it', async () => {
    const double = await roster();
    const gateway = gatewayFor(double);
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    double.protect('学生会名单');
    const error = await failure(gateway.clearMarks());
    expect(error.params).toEqual({ sheet: '学生会名单' });
    expect(productMarks(double, '学生会名单')).toHaveLength(1);
  });

  it('retries while Excel is in cell-edit mode, then says so', async () => {
    const double = await roster();
    double.injectFault({ code: 'InvalidOperationInCellEditMode', times: 2 });
    const ok = await gatewayFor(double).check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(ok.written?.reportSheet).toBe('检查报告');
    double.injectFault({ code: 'InvalidOperationInCellEditMode', times: 10 });
    const error = await failure(gatewayFor(double).clearMarks());
    expect(error.messageKey).toBe('excel.cellEditMode');
  });
});
