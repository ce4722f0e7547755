import type { Row } from '../../src/core/cells';
import { blockRows } from '../../src/excel/blockRows';
import { createInProcessEngine, type CheckEngine, type EngineStart } from '../../src/excel/engine';
import { createExcelGateway } from '../../src/excel/gateway';
import { DoubleWorkbook } from '../excel-double';
import { HEADER, members, rosterOnlyPolicy } from './helpers';

/** An in-process engine that records what the adapter started it with and gave it. */
function spy(): { factory: () => CheckEngine; starts: EngineStart[]; rows: Map<number, Row> } {
  const starts: EngineStart[] = [];
  const rows = new Map<number, Row>();
  const factory = (): CheckEngine => {
    const engine = createInProcessEngine();
    return {
      ...engine,
      start: (policy, start) => {
        starts.push(start ?? {});
        engine.start(policy, start);
      },
      head: (sheet, firstRow, head) => {
        head.forEach((r, i) => rows.set(firstRow + i, r));
        return engine.head(sheet, firstRow, head);
      },
      pushBlock: (sheet, r1, runs) => {
        blockRows(r1, runs, (n, r) => rows.set(n, r));
        return engine.pushBlock(sheet, r1, runs);
      },
    };
  };
  return { factory, starts, rows };
}

/** A roster of 120 rows (so rows below the head come in blocks), with '#N/A' texts and errors. */
function roster(): DoubleWorkbook {
  const list = members(120, 0).map((m, i) => [
    i + 1,
    m.name,
    m.id,
    '信息工程学院',
    '软件技术',
    '2023级',
    m.dept,
    m.title,
    m.political,
  ]);
  const double = DoubleWorkbook.fromSheets([{ name: '学生会名单', rows: [HEADER, ...list] }]);
  // In the head (row 11) and in a block (row 101): the same text typed in, and a real error.
  for (const row of [11, 101]) {
    double.setCell('学生会名单', `D${row}`, { value: '#N/A' });
    double.setCell('学生会名单', `E${row}`, { value: '#N/A', error: true });
  }
  return double;
}

describe('what a cell is, as the pane reads it', () => {
  it('tells the text #N/A from the error #N/A, in the head and in blocks', async () => {
    const double = roster();
    const engine = spy();
    const answer = await createExcelGateway(double.excelRun, { engine: engine.factory }).check({
      policy: rosterOnlyPolicy(),
      lang: 'zh',
    });
    expect(answer.ok).toBe(true);
    for (const row of [11, 101]) {
      const cells = engine.rows.get(row) ?? [];
      expect([row, cells[3], cells[4]]).toEqual([row, '#N/A', { error: '#N/A' }]);
    }
  });

  it('tells the engine the workbook counts dates from 1904, in no extra sync', async () => {
    const syncs: number[] = [];
    const seen: (boolean | undefined)[] = [];
    for (const date1904 of [false, true]) {
      const double = roster();
      double.state.date1904 = date1904;
      const engine = spy();
      await createExcelGateway(double.excelRun, { engine: engine.factory }).check({
        policy: rosterOnlyPolicy(),
        lang: 'zh',
      });
      seen.push(engine.starts[0]?.date1904);
      syncs.push(double.stats.syncs);
    }
    expect(seen).toEqual([undefined, true]);
    expect(syncs[1]).toBe(syncs[0]);
  });
});
