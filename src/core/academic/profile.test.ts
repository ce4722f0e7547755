import type { MemberRecord } from '../records';
import { AcademicAccumulator } from './accumulator';
import { entry, type RowSpec } from './gradeRows.fixture';
import { member } from './member.fixture';
import { resolveStudents } from './profile';

function profiles(rows: RowSpec[], members: MemberRecord[]) {
  const acc = new AcademicAccumulator();
  for (const r of rows) acc.add(entry(r));
  const students = resolveStudents(acc, new Map(members.map((m) => [m.studentId, m])));
  return new Map(students.map((s) => [s.id, s.profile]));
}

const row = (id: string, sheet: string, extra: Partial<RowSpec> = {}): RowSpec => ({
  id,
  sheet,
  course: '高数',
  score: 80,
  term: '2024-2025-1',
  ...extra,
});

describe('resolveStudents', () => {
  it('prefers the grade rows’ 专业/年级, then the roster', () => {
    const got = profiles(
      [row('A', 's', { major: '会计', year: 2023 }), row('B', 's')],
      [
        member('A', { major: '会计学', entryYear: 2022 }),
        member('B', { major: '金融', entryYear: 2024 }),
      ],
    );
    expect(got.get('A')).toMatchObject({
      major: '会计',
      majorSource: 'grades',
      entryYear: 2023,
      entryYearSource: 'grades',
    });
    expect(got.get('B')).toMatchObject({
      major: '金融',
      majorSource: 'roster',
      entryYear: 2024,
      entryYearSource: 'roster',
    });
  });

  it('takes the major on most rows when the rows name several', () => {
    const got = profiles(
      [
        row('A', 's', { major: '金融' }),
        row('A', 's', { major: '会计' }),
        row('A', 's', { major: '会计' }),
      ],
      [],
    );
    expect(got.get('A')).toMatchObject({ major: '会计', otherMajors: ['金融'] });
  });

  it('lends a sheet’s students the one major its roster members share', () => {
    const got = profiles(
      [
        row('M1', '会计2023', { file: 'a.xlsx' }),
        row('M2', '会计2023', { file: 'a.xlsx' }),
        row('N1', '会计2023', { file: 'a.xlsx' }),
        row('N2', '会计2023', { file: 'b.xlsx' }),
      ],
      [member('M1', { major: '会计' }), member('M2', { major: '会计' })],
    );
    expect(got.get('N1')).toMatchObject({
      major: '会计',
      majorSource: 'sheet',
      majorSheet: { file: 'a.xlsx', sheet: '会计2023' },
    });
    // Same sheet name in another file is another sheet, with no members on it.
    expect(got.get('N2')?.major).toBeUndefined();
  });

  it('lends nothing when the sheet’s members disagree, or the student’s sheets do', () => {
    const got = profiles(
      [
        row('M1', 'mixed'),
        row('M2', 'mixed'),
        row('N1', 'mixed'),
        row('M3', 'acc'),
        row('M4', 'fin'),
        row('N2', 'acc'),
        row('N2', 'fin'),
      ],
      [
        member('M1', { major: '会计' }),
        member('M2', { major: '金融' }),
        member('M3', { major: '会计' }),
        member('M4', { major: '金融' }),
      ],
    );
    expect(got.get('N1')?.major).toBeUndefined();
    expect(got.get('N2')?.major).toBeUndefined();
  });

  it('falls back to the earliest academic year of the rows for the entry year', () => {
    const got = profiles(
      [row('A', 's', { term: '2024-2025-2' }), row('A', 's', { term: '2023-2024-1' })],
      [],
    );
    expect(got.get('A')).toMatchObject({ entryYear: 2023, entryYearSource: 'earliest-term' });
  });

  it('gives roster members without grade rows a profile from the roster', () => {
    const got = profiles(
      [],
      [member('Z', { major: '会计', entryYear: 2024, className: '会计2401' })],
    );
    expect(got.get('Z')).toEqual({
      major: '会计',
      majorSource: 'roster',
      entryYear: 2024,
      entryYearSource: 'roster',
      className: '会计2401',
    });
  });
});
