import type { GatewayError, Progress } from '../../src/excel/gateway';
import type { SheetSnapshot, WorkbookSnapshot } from '../excel-double';
import { gatewayFor, productMarks, rosterOnlyPolicy } from './helpers';
import { richWorkbook, withoutTokens } from './richWorkbook';
import { settingsOf } from './appraisalFixture';

const check = { policy: rosterOnlyPolicy(), lang: 'zh' } as const;

async function failure(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    return e as GatewayError;
  }
  throw new Error('expected a failure');
}

const teacherSheets = (s: WorkbookSnapshot): SheetSnapshot[] =>
  s.sheets.filter((x) => !x.names.some((n) => JSON.stringify(n).includes('UnionCompliance_Owner')));

describe('check, then 清除标记, gives the workbook back exactly', () => {
  it('changes no teacher cell, format or sheet while checked, and nothing at all once cleared', async () => {
    const double = await richWorkbook();
    const before = double.snapshot();
    const gateway = gatewayFor(double);
    const answer = await gateway.check(check);
    expect(answer.written?.reportSheet).toBe('检查报告 (2)');
    const checked = double.snapshot();
    expect(checked.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      '检查报告 (2)',
      '部门统计 (2)',
    ]);
    expect(
      productMarks(double, '学生会名单')
        .map((m) => m.fill)
        .sort(),
    ).toHaveLength(3);
    // Every teacher sheet is as it was, cell by cell, except the highlights added to the roster.
    const strip = (s: SheetSnapshot) => ({
      ...s,
      conditionalFormats: s.conditionalFormats.filter(
        (cf) => !JSON.stringify(cf).includes('UnionCompliance|'),
      ),
    });
    expect(teacherSheets(checked).map(strip)).toEqual(before.sheets);
    expect(checked.activeSheet).toBe(before.activeSheet);
    // The teacher's settings as they were; beside them, the product's list of its two sheets.
    const { ['UnionCompliance.sheetIds']: listed, ...settings } = checked.settings;
    expect(settings).toEqual(before.settings);
    const ids = checked.sheets.filter((s) => s.name.endsWith('(2)')).map((s) => s.id);
    expect(JSON.parse(String(listed)).ids).toEqual(ids);

    await gateway.check(check);
    const cleared = await gateway.clearMarks();
    expect(cleared.reportSheets).toEqual(['检查报告 (2)', '部门统计 (2)']);
    expect(double.snapshot()).toEqual(before);
  });

  it('cleans up after a run whose own rollback failed, on the next check and clear', async () => {
    const dry = await richWorkbook();
    await gatewayFor(dry).check(check);
    const double = await richWorkbook();
    const before = double.snapshot();
    const half = Math.round(dry.stats.writes / 2);
    double.injectFault({ code: 'GeneralException', atWrite: half });
    double.injectFault({ code: 'GeneralException', atWrite: half + 1 });
    const error = await failure(gatewayFor(double).check(check));
    expect(error.messageKey).toBe('excel.writeFailed');
    const leftovers = double.snapshot().sheets.filter((s) => s.name.startsWith('~UC'));
    expect(leftovers.length).toBeGreaterThan(0);
    const gateway = gatewayFor(double);
    await gateway.check(check);
    expect(double.snapshot().sheets.filter((s) => s.name.startsWith('~UC'))).toEqual([]);
    await gateway.clearMarks();
    expect(double.snapshot()).toEqual(before);
  });
});

describe('a run cancelled or failing at any point leaves no half-written report', () => {
  let events: Progress[];
  let writes: number;
  let done: unknown;

  beforeAll(async () => {
    const dry = await richWorkbook();
    events = [];
    await gatewayFor(dry).check({ ...check, onProgress: (p) => events.push(p) });
    writes = dry.stats.writes;
    done = withoutTokens(dry.snapshot());
  });

  it('cancelled at each progress step: either nothing was written or the whole report was', async () => {
    expect(events.map((e) => e.phase)).toEqual(
      expect.arrayContaining(['discover', 'read', 'compute', 'write']),
    );
    const outcomes = new Set<string>();
    for (let k = 0; k < events.length; k++) {
      const double = await richWorkbook();
      const before = double.snapshot();
      const controller = new AbortController();
      let seen = 0;
      const outcome = await gatewayFor(double)
        .check({
          ...check,
          signal: controller.signal,
          onProgress: () => void (seen++ === k && controller.abort()),
        })
        .then(
          () => 'finished',
          (e: GatewayError) => e.name,
        );
      outcomes.add(outcome);
      if (outcome === 'AbortError') expect(double.snapshot()).toEqual(before);
      else {
        // The signal is honoured until the write starts; from then the write completes as one.
        expect([outcome, events[k]!.phase]).toEqual(['finished', 'write']);
        expect(withoutTokens(double.snapshot())).toEqual(done);
      }
    }
    expect([...outcomes].sort()).toEqual(['AbortError', 'finished']);
  });

  it('failing in any sync while reading changes nothing', async () => {
    const reads = events.filter((e) => e.phase !== 'write').length;
    for (let k = 0; k < reads; k++) {
      const double = await richWorkbook();
      const before = double.snapshot();
      let seen = 0;
      const error = await failure(
        gatewayFor(double).check({
          ...check,
          onProgress: () => void (seen++ === k && double.injectFault({ code: 'GeneralException' })),
        }),
      );
      expect(error.messageKey).toMatch(/^excel\.(failed|writeFailed)$/);
      expect(double.snapshot()).toEqual(before);
    }
  });

  it('failing at any single write of the write sync changes nothing', async () => {
    expect(writes).toBeGreaterThan(10);
    const step = Math.max(1, Math.floor(writes / 40));
    for (let k = 1; k <= writes; k += step) {
      const double = await richWorkbook();
      const before = double.snapshot();
      double.injectFault({ code: 'GeneralException', atWrite: k });
      const error = await failure(gatewayFor(double).check(check));
      expect([k, error.messageKey]).toEqual([k, 'excel.writeFailed']);
      expect(double.snapshot()).toEqual(before);
    }
  });
});

describe('生成评分表 failing at any write leaves the workbook as it was', () => {
  it('samples the writes of a first generation', async () => {
    const request = () => ({
      policy: rosterOnlyPolicy(),
      settings: settingsOf(),
      lang: 'zh' as const,
    });
    const dry = await richWorkbook();
    const answer = await gatewayFor(dry).appraisal(request());
    expect(answer.status).toBe('generated');
    const total = dry.stats.writes;
    for (const share of [0.01, 0.2, 0.5, 0.8, 0.99, 1]) {
      const double = await richWorkbook();
      const before = double.snapshot();
      double.injectFault({
        code: 'GeneralException',
        atWrite: Math.max(1, Math.round(total * share)),
      });
      const error = await failure(gatewayFor(double).appraisal(request()));
      expect([share, error.messageKey]).toEqual([share, 'excel.writeFailed']);
      expect(double.snapshot()).toEqual(before);
    }
  });
});
