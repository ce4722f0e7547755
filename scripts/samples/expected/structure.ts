import type { SampleData } from '../model';
import { NATIONAL_SCHOOL as P, titleKind } from './policy';

/** An expected finding about the union, a department, or (titles) one member. */
export interface ExpectedFinding {
  readonly code: string;
  readonly severity: 'violation' | 'pending';
  /** Present when the finding is about one department (a title finding names the member instead). */
  readonly department?: string;
  /** Present when the finding is about one member (titles). */
  readonly studentId?: string;
  /**
   * Informative only: the numbers behind the finding in this generator's own counting. Not named
   * `evidence` on purpose: the sample runner compares `evidence` entries with the product's.
   */
  readonly detail: Readonly<Record<string, string | number>>;
}

function isPresidiumDept(dept: string): boolean {
  return (P.presidiumDepartments as readonly string[]).includes(dept);
}

/** Structure findings (docs/RULES.md §2 structure) for the whole roster. */
export function structureFindings(data: SampleData): ExpectedFinding[] {
  const out: ExpectedFinding[] = [];
  const members = data.members;
  if (members.length > P.staffTotalMax) {
    out.push({
      code: 'staff-total',
      severity: 'violation',
      detail: { count: members.length, max: P.staffTotalMax },
    });
  }
  const presidium = members.filter((m) => titleKind(m.title) === 'presidium').length;
  if (presidium > P.presidiumMax) {
    out.push({
      code: 'presidium',
      severity: 'violation',
      detail: { count: presidium, max: P.presidiumMax },
    });
  }
  const depts: string[] = [];
  for (const m of members) {
    if (m.department !== '' && !isPresidiumDept(m.department) && !depts.includes(m.department))
      depts.push(m.department);
  }
  if (depts.length > P.departmentsMax) {
    out.push({
      code: 'departments',
      severity: 'violation',
      detail: { count: depts.length, max: P.departmentsMax },
    });
  }
  let heads = 0;
  for (const dept of depts) {
    const inDept = members.filter((m) => m.department === dept);
    const h = inDept.filter((m) => titleKind(m.title) === 'head').length;
    const s = inDept.filter((m) => titleKind(m.title) === 'staff').length;
    heads += h;
    if (h < P.headsMin || h > P.headsMax) {
      out.push({
        code: 'dept-heads',
        severity: 'violation',
        department: dept,
        detail: { heads: h, min: P.headsMin, max: P.headsMax },
      });
    }
    if (s > P.staffMax) {
      out.push({
        code: 'dept-staff',
        severity: 'violation',
        department: dept,
        detail: { staff: s, max: P.staffMax },
      });
    }
  }
  for (const m of members) {
    const kind = titleKind(m.title);
    if (kind !== 'forbidden' && kind !== 'unknown') continue;
    out.push({
      code: 'titles',
      severity: kind === 'forbidden' ? 'violation' : 'pending',
      studentId: m.studentId,
      detail: { title: m.title, department: m.department },
    });
  }
  if (data.hasCollegeRoleColumn) {
    const also = members.filter((m) => m.collegeRole.trim() !== '').length;
    if (also * 100 < P.fromCollegesMinPercent * members.length) {
      out.push({
        code: 'from-colleges',
        severity: 'violation',
        detail: { count: also, of: members.length, minPercent: P.fromCollegesMinPercent },
      });
    }
  }
  const served = data.studentsServed;
  if (served !== undefined) {
    const core = presidium + heads;
    if (core * 100 > P.coreMaxPercent * served) {
      out.push({
        code: 'core-ratio',
        severity: 'violation',
        detail: { core, served, maxPercent: P.coreMaxPercent },
      });
    }
  }
  if (served !== undefined && data.delegates) out.push(...congressFindings(data.delegates, served));
  return out;
}

function congressFindings(
  delegates: NonNullable<SampleData['delegates']>,
  served: number,
): ExpectedFinding[] {
  const out: ExpectedFinding[] = [];
  const n = delegates.length;
  if (n * 100 < P.delegatesMinPercent * served) {
    out.push({
      code: 'congress',
      severity: 'violation',
      detail: { aspect: 'delegate-share', delegates: n, served },
    });
  }
  const nonCadre = delegates.filter((d) => !d.isCadre).length;
  if (nonCadre * 100 < P.nonCadreMinPercent * n) {
    out.push({
      code: 'congress',
      severity: 'violation',
      detail: { aspect: 'non-cadre-share', nonCadre, delegates: n },
    });
  }
  const byYear = new Map<number, number>();
  for (const d of delegates) byYear.set(d.entryYear, (byYear.get(d.entryYear) ?? 0) + 1);
  for (const [year, count] of [...byYear].sort((a, b) => a[0] - b[0])) {
    if (count * 100 < P.yearMinPercent * n) {
      out.push({
        code: 'congress',
        severity: 'violation',
        detail: { aspect: 'year-share', year: `${year}级`, count, delegates: n },
      });
    }
  }
  return out;
}
