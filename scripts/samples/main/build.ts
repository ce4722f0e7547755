import { MAJORS } from '../catalog';
import { Difficulty, studentGrades } from '../grades';
import type { GradeRow, SampleData, Student } from '../model';
import { NameMaker } from '../names';
import { cohortKey, CoursePlan, makeCohort } from '../population';
import { Prng } from '../prng';
import { plantBoundary } from './boundary';
import { delegates, sanctions } from './extras';
import { plantAbsent, plantCellVariety, plantMakeupPass, plantVoided } from './gradePlants';
import type { PlantId } from './plan';
import { COHORTS, LAST_TERM, PLANTS, STUDENTS_SERVED } from './plan';
import type { Seat } from './roster';
import { plantSeat, rosterRows, seatMembers, setAbilities } from './roster';

/** Which planted case sits on which roster row, with the details the README and expected.json cite. */
export interface PlantedCase {
  readonly id: PlantId;
  readonly studentId: string;
  readonly name: string;
  readonly department: string;
  readonly title: string;
  readonly what: string;
  readonly detail?: string;
}

export interface MainSample {
  readonly data: SampleData;
  readonly planted: PlantedCase[];
  /** Grade sheets in workbook order: major and its rows. */
  readonly sheets: { readonly major: string; readonly rows: GradeRow[] }[];
}

const MARK_RATE = 0.002;
const ROLE_HOLDERS = 25;

/** Builds the demo workbook's data from a seed; the same seed always gives the same data. */
export function buildMainSample(seed: number): MainSample {
  const prng = new Prng(seed);
  const names = new NameMaker(prng.fork('names'));
  const plan = new CoursePlan(prng.fork('courses'), new NameMaker(prng.fork('teachers')));
  const difficulty = new Difficulty(prng.fork('difficulty'));

  const cohorts = new Map<string, Student[]>();
  for (const spec of COHORTS) {
    const key = cohortKey(spec.major, spec.entryYear);
    cohorts.set(key, makeCohort(prng.fork(`cohort ${key}`), names, spec));
  }
  const noGrade: Student = {
    studentId: '202403020232',
    name: names.next(true),
    gender: '男',
    college: '信息工程学院',
    major: '软件技术',
    entryYear: 2024,
    className: '软件2402',
    ability: 80,
  };
  const seats = seatMembers(prng.fork('seats'), cohorts, noGrade);
  setAbilities(prng.fork('ability'), seats);
  const memberIds = new Set(seats.map((s) => s.student.studentId));

  const gradePrng = prng.fork('grades');
  const grades = new Map<string, GradeRow[]>();
  for (const students of cohorts.values()) {
    for (const s of students) {
      const noFail = memberIds.has(s.studentId);
      grades.set(
        s.studentId,
        studentGrades(gradePrng, plan, difficulty, s, {
          lastTerm: LAST_TERM,
          noFail,
          markRate: MARK_RATE,
        }),
      );
    }
  }

  const seatOf = (id: PlantId): Seat => plantSeat(seats, id);
  const detail = new Map<PlantId, string>();
  detail.set(
    'FAIL1',
    `${plantMakeupPass(grades, seatOf('FAIL1').student.studentId, LAST_TERM)}: 55, 补考 68`,
  );
  detail.set('FAIL2', `${plantAbsent(grades, seatOf('FAIL2').student.studentId, LAST_TERM)}: 旷考`);
  detail.set(
    'VOID',
    `${plantVoided(grades, seatOf('VOID').student.studentId, LAST_TERM, 35)}: voided 35`,
  );

  const nonMembers = (key: string): Student[] =>
    (cohorts.get(key) ?? []).filter((s) => !memberIds.has(s.studentId));
  // Weak (tenth percentile) non-members: low enough that no reading of these cells moves a member.
  const weakest = [
    '计算机应用技术/2024',
    '机电一体化技术/2024',
    '大数据与会计/2024',
    '计算机应用技术/2023',
    '电子商务/2024',
  ].map((key) => {
    const byAbility = nonMembers(key).sort((a, b) => a.ability - b.ability);
    return byAbility[Math.floor(byAbility.length / 10)]!;
  });
  plantCellVariety(grades, weakest, LAST_TERM);
  const voidPick = prng.fork('void').pick(nonMembers('机电一体化技术/2024'));
  plantVoided(grades, voidPick.studentId, LAST_TERM, 91);

  const boundCohort = cohorts.get('软件技术/2023') ?? [];
  const bound = seatOf('BOUND').student;
  const twin = nonMembers('软件技术/2023').sort((a, b) => a.ability - b.ability)[
    Math.floor(boundCohort.length / 2)
  ]!;
  const { limit } = plantBoundary(grades, boundCohort, bound, twin, LAST_TERM);
  detail.set(
    'BOUND',
    `rank ${limit} of ${boundCohort.length} (limit ${limit}), tied with non-member ${twin.studentId} ${twin.name}`,
  );

  const members = rosterRows(prng.fork('roster'), seats, ROLE_HOLDERS);
  const extraPrng = prng.fork('extras');
  const memberOf = (id: PlantId) =>
    members.find((m) => m.studentId === seatOf(id).student.studentId)!;
  const sanctionPool = extraPrng.shuffle([
    ...nonMembers('计算机应用技术/2024'),
    ...nonMembers('大数据与会计/2023'),
  ]);
  const data: SampleData = {
    members,
    students: [...cohorts.values()].flat(),
    grades: [],
    sanctions: sanctions(memberOf('DISC1'), memberOf('DISC2'), sanctionPool),
    delegates: delegates(
      extraPrng,
      members,
      [...nonMembers('计算机应用技术/2023'), ...nonMembers('大数据与会计/2023')],
      [...nonMembers('软件技术/2024'), ...nonMembers('电子商务/2024')],
      nonMembers('计算机应用技术/2025'),
    ),
    studentsServed: STUDENTS_SERVED,
    hasCollegeRoleColumn: true,
  };
  const sheets = MAJORS.map((m) => ({
    major: m.name,
    rows: data.students
      .filter((s) => s.major === m.name)
      .sort((a, b) => (a.studentId < b.studentId ? -1 : 1))
      .flatMap((s) => grades.get(s.studentId) ?? []),
  })).filter((sheet) => sheet.rows.length > 0);
  data.grades.push(...sheets.flatMap((s) => s.rows));

  const planted = PLANTS.map((p): PlantedCase => {
    const m = memberOf(p.id);
    const d = detail.get(p.id);
    return {
      id: p.id,
      studentId: m.studentId,
      name: m.name,
      department: m.department,
      title: m.title,
      what: p.what,
      ...(d ? { detail: d } : {}),
    };
  });
  return { data, planted, sheets };
}
