import { Collector, discoverWorkbook, HEAD_ROWS } from '../../src/core/pipeline';
import { presetPolicy } from '../../src/core/policy/presets';
import type { Progress } from '../../src/excel/gateway';
import { DoubleWorkbook, MAX_CELLS_READ, MAX_PAYLOAD_BYTES, type Scalar } from '../excel-double';
import { jsonBytes } from '../excel-double/size';
import { gatewayFor, HEADER, members, rosterOnlyPolicy } from './helpers';

const GRADE_HEADER = [
  '学年',
  '学期',
  '课程代码',
  '课程名称',
  '学分',
  '学号',
  '姓名',
  '成绩',
  '任课教师',
  '考核方式',
  '备注',
];

/** A roster of `n`; every other member from the third on is 群众 until `flagged` are (no two adjacent). */
function rosterRows(n: number, flagged: number): Scalar[][] {
  const list = members(n, 0).map((m, i) =>
    i >= 2 && i % 2 === 0 && i / 2 - 1 < flagged ? { ...m, political: '群众' } : m,
  );
  return [
    ['XX学院学生会工作人员名单'],
    [],
    HEADER,
    ...list.map((m, i) => [
      i + 1,
      m.name,
      m.id,
      '信息工程学院',
      '软件技术',
      '2023级',
      m.dept,
      m.title,
      m.political,
    ]),
  ];
}

function gradeRows(ids: readonly string[], perStudent: number): Scalar[][] {
  const rows: Scalar[][] = [GRADE_HEADER];
  ids.forEach((id, s) => {
    for (let c = 0; c < perStudent; c++) {
      const term = c % 2 === 0 ? 1 : 2;
      rows.push([
        '2024-2025',
        term,
        `C${1000 + c}`,
        `专业课程第${c}门（含实验与实训）`,
        2 + (c % 3),
        id,
        `成员${s + 1}`,
        55 + ((s * 7 + c * 13) % 45),
        '某某老师',
        '考试',
        '',
      ]);
    }
  });
  return rows;
}

/** Bytes of the needed columns of every needed sheet, as Office.js would return them. */
function neededBytes(double: DoubleWorkbook): number {
  const grids = double.grids();
  const policy = presetPolicy('national-school');
  const { mappings } = discoverWorkbook(
    grids.map((g) => ({ ...g, rows: g.rows.slice(0, HEAD_ROWS) })),
  );
  const collector = new Collector(policy, mappings);
  let bytes = 0;
  for (const g of grids) {
    const cols = collector.columnsFor(undefined, g.sheet);
    if (cols) for (const row of g.rows) bytes += jsonBytes(cols.map((c) => row[c - 1] ?? ''));
  }
  return bytes;
}

describe('reading large sheets', () => {
  it('stays under the limits, stops at the data, and reads only needed columns', async () => {
    const roster = rosterRows(300, 20);
    const ids = roster.slice(3).map((r) => String(r[2]));
    const double = DoubleWorkbook.fromSheets([
      { name: '学生会名单', rows: roster },
      { name: '成绩', rows: gradeRows(ids, 200) },
    ]);
    double.setCell('学生会名单', 'A1048576', { fill: '#FFFF00' });
    double.setCell('学生会名单', 'Z1048576', { fill: '#FFFF00' });
    const progress: Progress[] = [];
    const answer = await gatewayFor(double).check({
      policy: presetPolicy('national-school'),
      lang: 'zh',
      onProgress: (p) => progress.push(p),
    });
    expect(answer.ok).toBe(true);
    const reads = progress.filter((p) => p.phase === 'read').at(-1)!.total;
    expect(reads).toBeGreaterThan(1);
    const { stats } = double;
    expect(stats.largestResponse).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(stats.largestCellsRead).toBeLessThanOrEqual(MAX_CELLS_READ);
    expect(stats.cellsRead).toBeLessThan(60_001 * GRADE_HEADER.length);
    expect(stats.bytesRead).toBeLessThanOrEqual(1.25 * neededBytes(double));
    // Inventory and discovery, the reads, the write, and the new sheets' ids in the workbook's
    // settings (a first check has no later sync for them to ride in).
    expect(stats.syncs).toBeLessThanOrEqual(4 + reads + 3);
  });
});

describe('syncs do not grow with the number of flagged rows', () => {
  async function run(flagged: number): Promise<{ total: number; write: number; marks: number }> {
    const double = DoubleWorkbook.fromSheets([
      { name: '学生会名单', rows: rosterRows(1100, flagged) },
    ]);
    let atWrite = 0;
    await gatewayFor(double).check({
      policy: rosterOnlyPolicy(),
      lang: 'zh',
      onProgress: (p) => {
        if (p.phase === 'write' && p.done === 0) atWrite = double.stats.syncs;
      },
    });
    const marks = double.sheet('学生会名单').cfs.reduce((n, cf) => n + cf.rects.length, 0);
    return { total: double.stats.syncs, write: double.stats.syncs - atWrite, marks };
  }

  it('uses the same syncs for 5 and for 500 flagged members, at most 2 of them for writing', async () => {
    const few = await run(5);
    const many = await run(500);
    expect(few.marks).toBe(5);
    expect(many.marks).toBe(500);
    expect(many.total).toBe(few.total);
    expect(many.write).toBeLessThanOrEqual(2);
  });
});
