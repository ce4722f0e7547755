import type { CohortKind } from '../policy/types';
import type { StudentProfile } from './profile';
import type { MessageKey } from '../messages';

/** The cohort a student is ranked in, or the message key saying why there is none. */
export type CohortOf =
  | { readonly ok: true; readonly key: string; readonly label: string }
  | { readonly ok: false; readonly problem: MessageKey };

/** Cohort of a student under the policy's cohort kind ('major+year' by default). */
export function cohortOf(profile: StudentProfile, kind: CohortKind): CohortOf {
  if (kind === 'class') {
    const cls = profile.className;
    return cls
      ? { ok: true, key: `class\u0000${cls}`, label: cls }
      : { ok: false, problem: 'rule.rank.noClass' };
  }
  const major = profile.major;
  if (!major) return { ok: false, problem: 'rule.rank.noMajor' };
  if (kind === 'major') return { ok: true, key: `major\u0000${major}`, label: major };
  const year = profile.entryYear;
  if (year === undefined) return { ok: false, problem: 'rule.rank.noEntryYear' };
  return { ok: true, key: `major+year\u0000${major}\u0000${year}`, label: `${major} / ${year}级` };
}

/**
 * `cohortOf` for many students at once: one CohortOf per major and year, shared. 30,000 students fall
 * into a few hundred cohorts, so their keys are built (and hashed by the ranking's Map) once each.
 */
export function cohortFinder(kind: CohortKind): (profile: StudentProfile) => CohortOf {
  const known = new Map<string, Map<number | string | undefined, CohortOf>>();
  return (profile) => {
    const first = (kind === 'class' ? profile.className : profile.major) ?? '';
    const second = kind === 'major+year' ? profile.entryYear : undefined;
    let byYear = known.get(first);
    if (byYear === undefined)
      known.set(first, (byYear = new Map<number | string | undefined, CohortOf>()));
    let cohort = byYear.get(second);
    if (cohort === undefined) byYear.set(second, (cohort = cohortOf(profile, kind)));
    return cohort;
  };
}
