import { gatewayFor } from '../../../test/excel/helpers';
import { schoolPolicy, schoolWorkbook } from '../../../test/excel/school';
import { createExcelGateway } from '../../excel/gateway';
import { createWorkerEngine } from './createWorkerEngine';
import { engineWithFallback } from './fallbackEngine';

describe('a pane that may not start a worker', () => {
  it('checks in its own thread, with the same findings and a note saying so', async () => {
    const refused = () =>
      engineWithFallback(() =>
        createWorkerEngine(() => {
          throw new DOMException('Worker blocked by policy', 'SecurityError');
        }),
      );
    const double = schoolWorkbook({ rows: 2_000, members: 40, flagged: 5 });
    const answer = await createExcelGateway(double.excelRun, { engine: refused }).check({
      policy: schoolPolicy(),
      lang: 'zh',
    });
    const usual = await gatewayFor(schoolWorkbook({ rows: 2_000, members: 40, flagged: 5 })).check({
      policy: schoolPolicy(),
      lang: 'zh',
    });
    if (!answer.ok || !usual.ok) throw new Error('expected results');
    expect(answer.value.findings).toEqual(usual.value.findings);
    const note = answer.value.issues[0];
    expect(note?.messageKey).toBe('excel.workerFallback');
    expect(String(note?.params.detail)).toContain('SecurityError');
    expect(answer.value.issues.slice(1)).toEqual(usual.value.issues);
  });
});
