import { AcademicAccumulator } from './accumulator';
import { failedCourses } from './failed';
import { entry, type RowSpec } from './gradeRows.fixture';
import { parseTermText } from './termKey';
import { windowRange } from './window';

function tallyOf(rows: RowSpec[]) {
  const acc = new AcademicAccumulator();
  for (const r of rows) acc.add(entry(r));
  return acc.get(rows[0]!.id)!;
}

const ALL = windowRange('since-entry', parseTermText('2024-2025-2'));

/** The same history in the two layouts: 高数 passed by 补考, 英语 passed by 重修, 物理 never passed. */
const SEPARATE_ROWS: RowSpec[] = [
  { id: 'A', course: '高数', score: 45, term: '2023-2024-1', row: 2 },
  { id: 'A', course: '高数', score: 70, term: '2023-2024-2', attempt: 'makeup', row: 3 },
  { id: 'A', course: '英语', score: '旷考', term: '2023-2024-2', row: 4 },
  { id: 'A', course: '英语', score: 55, term: '2024-2025-1', attempt: 'makeup', row: 5 },
  { id: 'A', course: '英语', score: '及格', term: '2024-2025-2', attempt: 'retake', row: 6 },
  { id: 'A', course: '物理', score: '不及格', term: '2024-2025-1', row: 7 },
  { id: 'A', course: '物理', score: 50, term: '2024-2025-2', attempt: 'retake', row: 8 },
  { id: 'A', course: '体育', score: 88, term: '2024-2025-1', row: 9 },
];
const SAME_ROW: RowSpec[] = [
  { id: 'A', course: '高数', score: 45, term: '2023-2024-1', makeup: 70, row: 2 },
  {
    id: 'A',
    course: '英语',
    score: '旷考',
    term: '2023-2024-2',
    makeup: 55,
    retake: '及格',
    row: 4,
  },
  { id: 'A', course: '物理', score: '不及格', term: '2024-2025-1', retake: 50, row: 7 },
  { id: 'A', course: '体育', score: 88, term: '2024-2025-1', row: 9 },
];

describe.each([
  ['separate 补考/重修 rows', SEPARATE_ROWS],
  ['old 正方 layout, 补考成绩/重修成绩 on the row', SAME_ROW],
])('failedCourses with %s', (_layout, rows) => {
  it('strict counts every first-attempt failure and says which were passed later', () => {
    const got = failedCourses(tallyOf(rows), ALL, 'strict');
    expect(got.map((f) => [f.courseName, f.shown, f.passedLater, f.ref.row])).toEqual([
      ['高数', '45', true, 2],
      ['英语', '旷考', true, 4],
      ['物理', '不及格', false, 7],
    ]);
    expect(got[0]!.term).toEqual({ startYear: 2023, term: 1 });
  });

  it('lenient counts only courses no attempt passed', () => {
    expect(failedCourses(tallyOf(rows), ALL, 'lenient').map((f) => f.courseName)).toEqual(['物理']);
  });

  it('places a failure in the first attempt’s term, so the window follows it', () => {
    const lastYear = windowRange('last-year', parseTermText('2024-2025-2'));
    expect(failedCourses(tallyOf(rows), lastYear, 'strict').map((f) => f.courseName)).toEqual([
      '物理',
    ]);
    const earlier = windowRange('last-term', parseTermText('2023-2024-2'));
    expect(failedCourses(tallyOf(rows), earlier, 'strict').map((f) => f.courseName)).toEqual([
      '英语',
    ]);
  });
});

describe('failedCourses: 补考 in the same 学年学期 as the first sitting', () => {
  // The 补考 row may come before the first sitting in the sheet (sorted by course, or by 取得方式).
  const rows: RowSpec[] = [
    { id: 'A', course: '高数', score: 70, term: '2024-2025-1', attempt: 'makeup', row: 3 },
    { id: 'A', course: '高数', score: 45, term: '2024-2025-1', row: 8 },
    { id: 'A', course: '英语', score: 52, term: '2024-2025-1', row: 9 },
  ];

  it('lenient clears the course the 补考 passed', () => {
    expect(failedCourses(tallyOf(rows), ALL, 'lenient').map((f) => f.courseName)).toEqual(['英语']);
  });

  it('strict keeps it, with the first sitting and the passing 补考 both as evidence', () => {
    const [math, english] = failedCourses(tallyOf(rows), ALL, 'strict');
    expect(math).toMatchObject({
      courseName: '高数',
      shown: '45',
      ref: { row: 8 },
      passedLater: true,
      later: {
        attempt: 'makeup',
        shown: '70',
        term: { startYear: 2024, term: 1 },
        ref: { row: 3 },
      },
    });
    expect(english).toMatchObject({ courseName: '英语', passedLater: false });
    expect(english?.later).toBeUndefined();
  });
});

describe('failedCourses edge cases', () => {
  it('does not count 缓考, 免修 or a failed 补考 of a course passed at first attempt', () => {
    const tally = tallyOf([
      { id: 'A', course: 'a', score: '缓考', term: '2024-2025-1' },
      { id: 'A', course: 'b', score: '免修', term: '2024-2025-1' },
      { id: 'A', course: 'c', score: 75, term: '2024-2025-1' },
      { id: 'A', course: 'c', score: 40, term: '2024-2025-2', attempt: 'retake' },
    ]);
    expect(failedCourses(tally, ALL, 'strict')).toEqual([]);
  });

  it('counts a failed 缓考 exam as a first attempt', () => {
    const tally = tallyOf([
      { id: 'A', course: 'a', score: '缓考', term: '2024-2025-1' },
      { id: 'A', course: 'a', score: 30, term: '2024-2025-2', attempt: 'deferred' },
    ]);
    expect(failedCourses(tally, ALL, 'lenient').map((f) => f.shown)).toEqual(['30']);
  });

  it('counts a failure without a term in every window: its term may be inside any of them', () => {
    const tally = tallyOf([{ id: 'A', course: 'a', score: '作弊' }]);
    expect(failedCourses(tally, ALL, 'strict')).toHaveLength(1);
    const lastYear = windowRange('last-year', parseTermText('2024-2025-2'));
    expect(failedCourses(tally, lastYear, 'strict').map((f) => [f.shown, f.term])).toEqual([
      ['作弊', undefined],
    ]);
    // No termed row at all leaves no reference term; the failure is still there.
    expect(failedCourses(tally, windowRange('last-term', undefined), 'strict')).toHaveLength(1);
  });

  it('names a termed failure of a course before a failure of it without a term', () => {
    const tally = tallyOf([
      { id: 'A', course: 'a', score: 30, row: 2 },
      { id: 'A', course: 'a', score: 40, term: '2024-2025-1', row: 9 },
    ]);
    expect(failedCourses(tally, ALL, 'strict').map((f) => f.ref.row)).toEqual([9]);
  });

  it('lists a course failed twice at first attempt once, at its earliest failure', () => {
    const tally = tallyOf([
      { id: 'A', course: 'a', score: 20, term: '2024-2025-1', row: 9 },
      { id: 'A', course: 'a', score: 10, term: '2023-2024-1', row: 3 },
    ]);
    expect(failedCourses(tally, ALL, 'strict').map((f) => f.ref.row)).toEqual([3]);
  });
});
