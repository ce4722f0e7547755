import fc from 'fast-check';
import type { Attempt } from '../records';
import { AcademicAccumulator } from './accumulator';
import { windowAverage } from './average';
import { SLOT } from './studentTally';
import { entry, TEST_LEVEL_POINTS, type RowSpec } from './gradeRows.fixture';
import { parseTermText } from './termKey';
import { windowRange } from './window';

const TERMS = ['2023-2024-1', '2023-2024-2', '2024-2025-1', '2024-2025-2'];
const SCORES: (number | string)[] = [
  95,
  72.5,
  59,
  40,
  60,
  '优秀',
  '及格',
  '不及格',
  '合格',
  '旷考',
  '缓考',
  '免修',
];

/** The average straight from the rows, written without the accumulator's machinery. */
function expectedAverage(rows: RowSpec[], id: string, terms: string[] | 'all'): number | undefined {
  let sum = 0;
  let weight = 0;
  for (const r of rows) {
    if (r.id !== id || r.voided) continue;
    if (r.attempt === 'makeup' || r.attempt === 'retake') continue;
    if (terms !== 'all' && (r.term === undefined || !terms.includes(r.term))) continue;
    let score: number | undefined;
    if (typeof r.score === 'number') score = r.score;
    else if (r.score !== null && r.score in TEST_LEVEL_POINTS) score = TEST_LEVEL_POINTS[r.score];
    else if (r.score === '旷考') score = 0;
    if (score === undefined) continue;
    const w = r.credit ?? 1;
    sum += score * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : undefined;
}

const rowArb = fc.record({
  id: fc.constantFrom('S1', 'S2', 'S3'),
  course: fc.constantFrom('高数', '英语', '体育', '思政'),
  score: fc.constantFrom(...SCORES),
  term: fc.option(fc.constantFrom(...TERMS), { nil: undefined }),
  credit: fc.option(fc.constantFrom(0, 0.5, 2, 3.5, 4), { nil: undefined }),
  attempt: fc.constantFrom<Attempt[]>('first', 'first', 'makeup', 'retake', 'unknown', 'deferred'),
  voided: fc.constantFrom(false, false, false, true),
});

function accumulate(rows: RowSpec[]): AcademicAccumulator {
  const acc = new AcademicAccumulator();
  for (const r of rows) acc.add(entry(r));
  return acc;
}

describe('AcademicAccumulator averages', () => {
  it('matches the credit-weighted average of first attempts computed from the rows', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows: RowSpec[]) => {
        const acc = accumulate(rows);
        const ref = parseTermText('2024-2025-2');
        for (const id of ['S1', 'S2', 'S3']) {
          const tally = acc.get(id);
          const cases: [Parameters<typeof windowRange>[0], string[] | 'all'][] = [
            ['since-entry', 'all'],
            ['last-year', ['2024-2025-1', '2024-2025-2']],
            ['last-term', ['2024-2025-2']],
          ];
          for (const [kind, terms] of cases) {
            const want = expectedAverage(rows, id, terms);
            const got = tally ? windowAverage(tally, windowRange(kind, ref)).average : undefined;
            if (want === undefined) expect(got).toBeUndefined();
            else expect(got).toBeCloseTo(want, 9);
          }
        }
      }),
    );
  });

  it('keeps the first score in the average when 补考 or 重修 rows follow, in both layouts', () => {
    const acc = accumulate([
      { id: 'A', course: '高数', score: 40, credit: 4, term: '2024-2025-1' },
      { id: 'A', course: '高数', score: 80, credit: 4, term: '2024-2025-2', attempt: 'makeup' },
      { id: 'A', course: '英语', score: 90, credit: 2, term: '2024-2025-1' },
      { id: 'B', course: '高数', score: 40, credit: 4, term: '2024-2025-1', makeup: 80 },
      { id: 'B', course: '英语', score: 90, credit: 2, term: '2024-2025-1' },
    ]);
    const all = windowRange('since-entry', parseTermText('2024-2025-2'));
    expect(windowAverage(acc.get('A')!, all).average).toBeCloseTo((40 * 4 + 90 * 2) / 6, 9);
    expect(windowAverage(acc.get('B')!, all).average).toBeCloseTo((40 * 4 + 90 * 2) / 6, 9);
  });

  it('ignores voided rows and weighs a missing credit 1, counting it', () => {
    const acc = accumulate([
      { id: 'A', course: '高数', score: 100, credit: 3, term: '2024-2025-1', voided: true },
      { id: 'A', course: '英语', score: 70, term: '2024-2025-1' },
      { id: 'A', course: '体育', score: 90, credit: 1, term: '2024-2025-1' },
    ]);
    const got = windowAverage(acc.get('A')!, windowRange('since-entry', undefined));
    expect(got).toEqual({ average: 80, credits: 2, courses: 2, missingCredit: 1 });
    expect(acc.voidedRows).toBe(1);
    expect(acc.get('A')!.rows).toBe(2);
  });

  it('records names, majors, years, sheets and the latest term', () => {
    const acc = accumulate([
      {
        id: 'A',
        course: 'x',
        score: 80,
        name: '张三',
        major: '会计',
        year: 2023,
        sheet: '会计',
        term: '2023-2024-2',
      },
      {
        id: 'A',
        course: 'y',
        score: 80,
        name: '張三',
        major: '会计',
        sheet: '会计',
        file: 'b.xlsx',
      },
      {
        id: 'A',
        course: 'z',
        score: 80,
        name: '张三',
        major: '金融',
        year: 2023,
        sheet: '会计',
        term: '2024-2025-1',
      },
    ]);
    const a = acc.get('A')!;
    expect(a.names).toEqual(['张三', '張三']);
    expect(a.majors).toEqual(['会计', '金融']);
    expect(a.majorRows).toEqual([2, 1]);
    expect(a.entryYears).toEqual([2023]);
    expect(a.sheets.map((i) => acc.sheet(i))).toEqual([
      { sheet: '会计' },
      { file: 'b.xlsx', sheet: '会计' },
    ]);
    expect(acc.latestCode).toBe(2024 * 4 + 1);
    expect(acc.rowsWithoutTerm).toBe(1);
  });

  it('keeps per-term sums and failures only, however many rows a student has', () => {
    const acc = new AcademicAccumulator();
    for (let i = 0; i < 5000; i++) {
      acc.add(
        entry({
          id: 'A',
          course: `c${i}`,
          score: i % 100 === 0 ? 30 : 80,
          term: TERMS[i % 4],
          credit: 2,
        }),
      );
    }
    const a = acc.get('A')!;
    expect(a.terms).toHaveLength(4 * SLOT.size);
    expect(a.firstFails).toHaveLength(50);
    expect(a.passedLater).toBeUndefined();
    expect(acc.studentCount).toBe(1);
  });
});
