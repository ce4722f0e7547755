import { major, PUBLIC_COLLEGE, PUBLIC_COURSES } from './catalog';
import type { Course, Student, Term } from './model';
import type { NameMaker } from './names';
import type { Prng } from './prng';

/** One ranking cohort: students of one major who entered in one year. */
export interface CohortSpec {
  readonly major: string;
  readonly entryYear: number;
  readonly size: number;
}

/** `计算机应用技术/2024` */
export function cohortKey(majorName: string, entryYear: number): string {
  return `${majorName}/${entryYear}`;
}

const CLASS_SIZE = 45;

/**
 * The students of a cohort. 学号 = entry year + college + major + class + number (12 digits), so the
 * entry year can be read off the ID as well as off the student's first term in the grade data.
 */
export function makeCohort(prng: Prng, names: NameMaker, spec: CohortSpec): Student[] {
  const info = major(spec.major);
  const classes = Math.ceil(spec.size / CLASS_SIZE);
  const yy = String(spec.entryYear).slice(2);
  const out: Student[] = [];
  for (let i = 0; i < spec.size; i++) {
    const cls = (i % classes) + 1;
    const seq = Math.floor(i / classes) + 1;
    const cc = String(cls).padStart(2, '0');
    out.push({
      studentId: `${spec.entryYear}${info.collegeCode}${info.majorCode}${cc}${String(seq).padStart(2, '0')}`,
      name: names.next(true),
      gender: prng.chance(info.short === '会计' || info.short === '电商' ? 0.7 : 0.3) ? '女' : '男',
      college: info.college,
      major: info.name,
      entryYear: spec.entryYear,
      className: `${info.short}${yy}${cc}`,
      ability: clamp(prng.normal(74, 9), 45, 97),
    });
  }
  return out.sort((a, b) => (a.studentId < b.studentId ? -1 : 1));
}

/** The term in which programme term `k` (0-based) of a cohort entering in `entryYear` falls. */
export function programmeTerm(entryYear: number, k: number): Term {
  return { startYear: entryYear + Math.floor(k / 2), term: k % 2 === 0 ? 1 : 2 };
}

/** Courses of one programme term of one major, with codes and teachers fixed by the PRNG. */
export class CoursePlan {
  private readonly cache = new Map<string, Course[]>();

  constructor(
    private readonly prng: Prng,
    private readonly teachers: NameMaker,
  ) {}

  /** Public courses then major courses of programme term `k`. */
  courses(majorName: string, k: number): Course[] {
    const key = `${majorName}/${k}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const info = major(majorName);
    const pub = (PUBLIC_COURSES[k] ?? []).map((spec, i) => ({
      code: `G${String(k + 1)}0${String(i + 1).padStart(2, '0')}`,
      name: spec.name,
      credit: spec.credit,
      scale: spec.scale,
      nature: '公共必修课',
      category: '公共基础课',
      college: PUBLIC_COLLEGE[spec.name] ?? '基础教学部',
      assessment: spec.scale === 'numeric' ? '考试' : '考查',
      teacher: this.teachers.next(),
    }));
    const own = (info.courses[k] ?? []).map((spec, i) => ({
      code: `Z${info.collegeCode}${info.majorCode}${String(k + 1)}${String(i + 1).padStart(2, '0')}`,
      name: spec.name,
      credit: spec.credit,
      scale: spec.scale,
      nature: i === 0 ? '专业核心课' : '专业必修课',
      category: i === 0 ? '专业核心课' : '专业基础课',
      college: info.college,
      assessment: spec.scale === 'numeric' && this.prng.chance(0.8) ? '考试' : '考查',
      teacher: this.teachers.next(),
    }));
    const all = [...pub, ...own];
    this.cache.set(key, all);
    return all;
  }
}

/** `x` limited to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
