import type { Member, Student } from '../model';
import type { Prng } from '../prng';
import type { Plant, PlantId } from './plan';
import { LAYOUT, MEMBERS_PER_COHORT, PLANTS } from './plan';

/** A roster row before its 政治面貌 and 院学生会任职 are filled in. */
export interface Seat {
  readonly department: string;
  readonly title: string;
  readonly student: Student;
  readonly plant?: Plant;
}

// Clean members' 政治面貌, in the spellings rosters really use (weights add to 100).
const POLITICAL: readonly (readonly [string, number])[] = [
  ['共青团员', 48],
  ['团员', 14],
  ['中国共产主义青年团团员', 6],
  ['中共党员', 8],
  ['党员', 4],
  ['中共预备党员', 12],
  ['预备党员', 8],
];

function weighted(prng: Prng, table: readonly (readonly [string, number])[]): string {
  let r = prng.int(1, 100);
  for (const [value, w] of table) {
    r -= w;
    if (r <= 0) return value;
  }
  return table[0]![0];
}

/**
 * Seats every member: planted members in their pinned slots, the other slots filled from shuffled
 * cohort tickets. Members are picked from their cohort's students (NOGRADE is a student of its own,
 * absent from the grade data).
 */
export function seatMembers(
  prng: Prng,
  cohorts: ReadonlyMap<string, Student[]>,
  noGradeStudent: Student,
): Seat[] {
  const pinned = new Map<string, Plant>(PLANTS.map((p) => [p.slot, p]));
  const tickets: string[] = [];
  for (const [key, count] of Object.entries(MEMBERS_PER_COHORT)) {
    const planted = PLANTS.filter((p) => p.cohort === key && p.id !== 'NOGRADE').length;
    for (let i = planted; i < count; i++) tickets.push(key);
  }
  const shuffled = prng.shuffle(tickets);
  const taken = new Set<string>();
  const pickStudent = (key: string): Student => {
    const pool = (cohorts.get(key) ?? []).filter((s) => !taken.has(s.studentId));
    const s = prng.pick(pool);
    taken.add(s.studentId);
    return s;
  };
  const seats: Seat[] = [];
  for (const [department, titles] of LAYOUT) {
    titles.forEach((title, i) => {
      const plant = pinned.get(`${department}#${i}`);
      if (plant?.id === 'NOGRADE') {
        seats.push({ department, title, student: noGradeStudent, plant });
        return;
      }
      const key = plant ? plant.cohort : shuffled.pop();
      if (key === undefined) throw new Error('more roster slots than cohort tickets');
      seats.push({ department, title, student: pickStudent(key), ...(plant ? { plant } : {}) });
    });
  }
  if (shuffled.length > 0) throw new Error(`${shuffled.length} cohort tickets left over`);
  return seats;
}

/** Members' abilities: clean members clearly in the top of their cohort, planted ones as the plan says. */
export function setAbilities(prng: Prng, seats: readonly Seat[]): void {
  for (const seat of seats) {
    seat.student.ability = seat.plant?.ability ?? Math.min(97, prng.normal(93, 1.5));
  }
}

/** The roster rows, 院学生会任职 given to exactly `withCollegeRole` of them. */
export function rosterRows(prng: Prng, seats: readonly Seat[], withCollegeRole: number): Member[] {
  const roleHolders = new Set(prng.shuffle(seats.map((_, i) => i)).slice(0, withCollegeRole));
  return seats.map((seat, i): Member => {
    const s = seat.student;
    const political = seat.plant?.political ?? weighted(prng, POLITICAL);
    return {
      studentId: s.studentId,
      name: s.name,
      gender: s.gender,
      college: s.college,
      major: s.major,
      entryYear: s.entryYear,
      className: s.className,
      department: seat.department,
      title: seat.title,
      political,
      collegeRole: roleHolders.has(i) ? collegeRole(prng, s.college) : '',
      phone: `1${prng.pick(['3', '5', '7', '8', '9'])}${String(prng.int(0, 999999999)).padStart(9, '0')}`,
    };
  });
}

function collegeRole(prng: Prng, college: string): string {
  const dept = prng.pick(['学习部', '文体部', '权益部', '宣传部', '实践部', '生活部']);
  return `${college}学生会${dept}${prng.pick(['部长', '副部长', '干事', '干事', '干事'])}`;
}

/** The seat of a planted member. */
export function plantSeat(seats: readonly Seat[], id: PlantId): Seat {
  const seat = seats.find((s) => s.plant?.id === id);
  if (!seat) throw new Error(`plant ${id} not seated`);
  return seat;
}
