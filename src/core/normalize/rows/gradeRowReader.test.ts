import fc from 'fast-check';
import type { CellValue } from '../../cells';
import type { Policy } from '../../policy/types';
import { GradeRowReader, readGradeEntry } from './readGradeEntry';
import { mappingFor, refAt } from './tables.fixture';

const grading: Policy['grading'] = {
  passMark: 60,
  levelPoints: { 优秀: 95, 良好: 85, 中等: 75, 及格: 65, 不及格: 0 },
};

// Small pools, so consecutive rows often repeat a column's value (the cache's hit path) and often
// do not (its miss path); odd values included: -0, NaN, dates, unreadable text, blanks.
const POOLS: Record<string, readonly CellValue[]> = {
  学年: ['2024-2025', '2025-2026', '２０２４－２０２５', 'x', null],
  学期: ['1', '2', '第二学期', 1, '?', null],
  学年学期: ['2024-2025-1', '2025-2026-2', '', null, 'bad'],
  课程代码: ['A001', 'A002', ' A001 ', null],
  课程名称: ['高等数学', '英 语', '高等数学 ', null],
  学分: [4, '4.0', 2.5, -1, '两', 0, -0, Number.NaN, null],
  成绩备注: ['缓考', '旷考', null, ''],
  补考成绩: [null, 70, '不及格', '??'],
  修读类型: ['正常考试', '补考', '重修', '??', null],
  学号: ['2531020101001', 2531020101001, '2.53102E+12', ' 0012 ', '０１２３', null, -0],
  姓名: ['张三', '张 三', '李四', null],
  专业: ['软件技术', '软件技术 ', null],
  年级: [2023, '2023级', '23级', '大一', null],
  成绩: [58, 85, -0, '85分', '优秀', '不及格', '通过', '缓考', '??', null, Number.NaN, new Date(0)],
  是否成绩作废: ['否', '是', '已作废', '?', null],
};
const HEADER = Object.keys(POOLS);

const rowArb: fc.Arbitrary<CellValue[]> = fc
  .tuple(...HEADER.map((h) => fc.constantFrom<CellValue>(...(POOLS[h] ?? [null]))))
  .map((cells) => [...cells]);

describe('GradeRowReader', () => {
  const mapping = mappingFor('grades', HEADER);

  it('reads every row of a table exactly as a fresh reader reads that row alone', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), (rows) => {
        const reader = new GradeRowReader(mapping, grading);
        rows.forEach((row, i) => {
          const ref = refAt(i + 2);
          expect(reader.read(row, ref)).toEqual(readGradeEntry(row, mapping, ref, grading));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps repeated values apart from changed ones', () => {
    const reader = new GradeRowReader(mapping, grading);
    const base = HEADER.map((h) => POOLS[h]?.[0] ?? null);
    const first = reader.read(base, refAt(2)).record;
    const changed = [...base];
    changed[HEADER.indexOf('成绩')] = 85;
    changed[HEADER.indexOf('学号')] = '0012';
    const second = reader.read(changed, refAt(3)).record;
    expect(first).toMatchObject({ studentId: '2531020101001', grade: { value: 58, pass: false } });
    expect(second).toMatchObject({ studentId: '0012', grade: { value: 85, pass: true } });
    expect(second?.term).toEqual(first?.term);
  });

  it('gives the same row through next() as through read(), issues and reference included', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), (rows) => {
        const lean = new GradeRowReader(mapping, grading);
        const whole = new GradeRowReader(mapping, grading);
        rows.forEach((row, i) => {
          const want = whole.read(row, refAt(i + 2));
          const got = lean.next(row, i + 2);
          expect(got?.entry()).toEqual(want.record);
          expect(lean.issues).toEqual(want.issues);
        });
      }),
      { numRuns: 300 },
    );
  });
});
