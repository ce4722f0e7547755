import fc from 'fast-check';
import type { Row } from '../../src/core/cells';
import { checkSheets } from '../../src/core/pipeline';
import { presetPolicy } from '../../src/core/policy/presets';
import type { SheetGrid } from '../../src/core/tables';
import { SEEDED } from './arbitraries';

const ROSTER = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];
const GRADES = ['学年', '学期', '课程名称', '学分', '学号', '姓名', '专业', '年级', '成绩'];

const student = fc.record({
  major: fc.constantFrom('软件技术', '电子商务'),
  year: fc.constantFrom('2023级', '2024级'),
  courses: fc.array(
    fc.record({ credit: fc.integer({ min: 1, max: 4 }), score: fc.integer({ min: 40, max: 100 }) }),
    { minLength: 1, maxLength: 4 },
  ),
});

type Student = typeof student extends fc.Arbitrary<infer S> ? S : never;

function workbook(students: readonly Student[]): SheetGrid[] {
  const roster: Row[] = [ROSTER];
  const grades: Row[] = [GRADES];
  students.forEach((s, i) => {
    const id = `20230${String(i).padStart(4, '0')}`;
    roster.push([`学生${i}`, id, s.major, s.year, '学习部', '干事', '共青团员']);
    s.courses.forEach((c, k) =>
      grades.push([
        '2025-2026',
        '1',
        `课程${k}`,
        c.credit,
        id,
        `学生${i}`,
        s.major,
        s.year,
        c.score,
      ]),
    );
  });
  return [
    { sheet: '学生会名单', rows: roster },
    { sheet: '成绩', rows: grades },
  ];
}

describe('ranks are consistent (property)', () => {
  it('a strictly higher average never ranks below a lower one in the same cohort', () => {
    const policy = presetPolicy('national-school');
    fc.assert(
      fc.property(fc.array(student, { minLength: 2, maxLength: 24 }), (students) => {
        const outcome = checkSheets(workbook(students), policy);
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
        const ranked = outcome.value.members.flatMap((m) => {
          const a = m.academic;
          return a?.average !== undefined && a.rank?.rank !== undefined
            ? [
                {
                  cohort: a.rank.cohortLabel,
                  average: a.average,
                  rank: a.rank.rank,
                  top: a.rank.withinTop,
                },
              ]
            : [];
        });
        expect(ranked).toHaveLength(students.length);
        for (const x of ranked)
          for (const y of ranked) {
            if (x.cohort !== y.cohort) continue;
            if (x.average > y.average + 1e-9) {
              expect(x.rank).toBeLessThan(y.rank);
              if (y.top) expect(x.top).toBe(true);
            }
            if (Math.abs(x.average - y.average) < 1e-9) expect(x.rank).toBe(y.rank);
          }
        for (const x of ranked) {
          const mates = ranked.filter((y) => y.cohort === x.cohort);
          expect(x.rank).toBe(1 + mates.filter((y) => y.average > x.average + 1e-9).length);
        }
      }),
      { ...SEEDED, numRuns: 40 },
    );
  });
});
