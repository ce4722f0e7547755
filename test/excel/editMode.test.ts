import { createExcelGateway, type GatewayError } from '../../src/excel/gateway';
import { withCellEditRetry } from '../../src/excel/retry';
import { errorText } from '../../src/taskpane/errorText';
import type { DoubleWorkbook } from '../excel-double';
import { rosterOnlyPolicy } from './helpers';
import { richWorkbook, withoutTokens } from './richWorkbook';

const check = { policy: rosterOnlyPolicy(), lang: 'zh' } as const;
const EDIT = 'InvalidOperationInCellEditMode';

/** The gateway with its waits recorded instead of slept. */
function recordingGateway(double: DoubleWorkbook) {
  const waits: number[] = [];
  const gateway = createExcelGateway(double.excelRun, {
    retry: {
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    },
    now: () => new Date(2025, 11, 1, 9, 30),
  });
  return { gateway, waits };
}

async function checkedOnce(): Promise<unknown> {
  const dry = await richWorkbook();
  await recordingGateway(dry).gateway.check(check);
  return withoutTokens(dry.snapshot());
}

describe("Excel's cell-edit mode during a run", () => {
  let done: unknown;
  beforeAll(async () => {
    done = await checkedOnce();
  });

  it.each(['discover', 'read', 'compute', 'write'])(
    'entered during %s: the adapter waits, runs again, and writes the report once',
    async (phase) => {
      const double = await richWorkbook();
      const { gateway, waits } = recordingGateway(double);
      let armed = true;
      const answer = await gateway.check({
        ...check,
        onProgress: (p) => {
          if (armed && p.phase === phase) {
            armed = false;
            double.injectFault({ code: EDIT, times: 2 });
          }
        },
      });
      expect(answer.written?.reportSheet).toBe('检查报告 (2)');
      // Two refusals: a rollback or a probe may meet the second inside the same run.
      expect(waits.length).toBeGreaterThanOrEqual(1);
      expect(waits).toEqual([300, 600].slice(0, waits.length));
      expect(double.stats.runs).toBe(waits.length + 1);
      expect(withoutTokens(double.snapshot())).toEqual(done);
    },
  );

  it('still editing after four tries: tells the teacher to finish the edit, workbook unchanged', async () => {
    const double = await richWorkbook();
    const before = double.snapshot();
    const { gateway, waits } = recordingGateway(double);
    double.injectFault({ code: EDIT, times: 100 });
    const error = await gateway.check(check).then(
      () => undefined,
      (e: GatewayError) => e,
    );
    expect(error?.messageKey).toBe('excel.cellEditMode');
    expect(errorText(error, 'zh')).toContain('结束编辑后再试');
    expect(errorText(error, 'en')).toContain('finish editing');
    expect(waits).toEqual([300, 600, 1200]);
    expect(double.stats.runs).toBe(4);
    expect(double.snapshot()).toEqual(before);
  });

  it('every gateway action retries the same way (清除标记, settings, select)', async () => {
    const double = await richWorkbook();
    const { gateway } = recordingGateway(double);
    await gateway.check(check);
    for (const action of [
      () => gateway.clearMarks(),
      () => gateway.loadSettings(),
      () => gateway.selectRow({ sheet: '学生会名单', row: 5 }),
    ]) {
      double.injectFault({ code: EDIT, times: 1 });
      await action();
    }
    expect(double.snapshot().sheets.map((s) => s.name)).not.toContain('检查报告 (2)');
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const boom = Object.assign(new Error('x'), { code: 'GeneralException' });
    await expect(
      withCellEditRetry(
        () => {
          calls++;
          return Promise.reject(boom);
        },
        { sleep: () => Promise.resolve() },
      ),
    ).rejects.toBe(boom);
    expect(calls).toBe(1);
  });
});
