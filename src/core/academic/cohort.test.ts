import type { CohortKind } from '../policy/types';
import { cohortFinder, cohortOf } from './cohort';
import type { StudentProfile } from './profile';

const PROFILES: StudentProfile[] = [
  { major: '软件技术', entryYear: 2023, className: '软件2301' },
  { major: '软件技术', entryYear: 2024, className: '软件2401' },
  { major: '软件技术', entryYear: 2023, className: '软件2302' },
  { major: '护理', entryYear: 2023 },
  { major: '', entryYear: 2023, className: '' },
  { entryYear: 2023 },
  { major: '护理' },
  {},
];
const KINDS: CohortKind[] = ['major+year', 'major', 'class'];

describe('cohortFinder', () => {
  it.each(KINDS)('gives what cohortOf gives, kind %s', (kind) => {
    const find = cohortFinder(kind);
    for (const p of [...PROFILES, ...PROFILES]) expect(find(p)).toEqual(cohortOf(p, kind));
  });

  it('shares one cohort per major and year, and keeps different years apart', () => {
    const find = cohortFinder('major+year');
    const [a, b, c] = PROFILES.map(find);
    expect(c).toBe(a);
    expect(b).not.toBe(a);
    expect(a).toMatchObject({ ok: true, label: '软件技术 / 2023级' });
  });
});
