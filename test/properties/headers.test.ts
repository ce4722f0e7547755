import fc from 'fast-check';
import type { Row } from '../../src/core/cells';
import { discoverTables } from '../../src/core/discovery';
import type { TableKind } from '../../src/core/tables';
import { SEEDED, studentIdText, titleText } from './arbitraries';

type Column = readonly [field: string, header: string];

/**
 * Per kind: columns every such table has (a roster's 职务 is what tells it from a sign-in sheet),
 * columns it may have, and a data value for a column.
 */
const KINDS: Record<'roster' | 'grades', { always: Column[]; optional: Column[] }> = {
  roster: {
    always: [
      ['name', '姓名'],
      ['studentId', '学号'],
      ['title', '职务'],
    ],
    optional: [
      ['seq', '序号'],
      ['gender', '性别'],
      ['college', '学院'],
      ['major', '专业'],
      ['className', '班级'],
      ['department', '部门'],
      ['political', '政治面貌'],
      ['phone', '联系电话'],
    ],
  },
  grades: {
    always: [
      ['studentId', '学号'],
      ['courseName', '课程名称'],
      ['score', '成绩'],
    ],
    optional: [
      ['name', '姓名'],
      ['academicYear', '学年'],
      ['term', '学期'],
      ['credit', '学分'],
      ['courseNature', '课程性质'],
      ['major', '专业'],
      ['className', '班级'],
    ],
  },
};

function cellFor(field: string, id: string, i: number): string | number {
  if (field === 'studentId') return id;
  if (field === 'name') return `学生${i}`;
  if (field === 'seq' || field === 'term') return i + 1;
  if (field === 'score' || field === 'credit') return 60 + i;
  if (field === 'academicYear') return '2024-2025';
  return `值${i}`;
}

const layout = (kind: keyof typeof KINDS) =>
  fc.record({
    titles: fc.array(titleText, { maxLength: 4 }),
    blanks: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }),
    optional: fc.shuffledSubarray(KINDS[kind].optional),
    slots: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    ids: fc.uniqueArray(studentIdText, { minLength: 1, maxLength: 6 }),
    startCol: fc.integer({ min: 1, max: 3 }),
  });

describe.each(['roster', 'grades'] as const)('header detection of a %s (property)', (kind) => {
  it('finds the header under any titles and blank rows, with the columns in any order', () => {
    fc.assert(
      fc.property(layout(kind), ({ titles, blanks, optional, slots, ids, startCol }) => {
        const cols: Column[] = [...optional];
        KINDS[kind].always.forEach((c, i) => cols.splice(slots[i]! % (cols.length + 1), 0, c));
        const pad = Array<null>(startCol - 1).fill(null);
        const rows: Row[] = [];
        const blank = (n: number) => rows.push(...Array.from({ length: n }, () => []));
        titles.forEach((title, i) => {
          blank(blanks[i]!);
          rows.push([...pad, title]);
        });
        blank(blanks[4]!);
        rows.push([...pad, ...cols.map(([, header]) => header)]);
        const headerRow = rows.length;
        ids.forEach((id, i) => rows.push([...pad, ...cols.map(([f]) => cellFor(f, id, i))]));

        const found = discoverTables({ sheet: 'Sheet1', rows });
        expect(found.map((m) => m.kind)).toEqual<TableKind[]>([kind]);
        const table = found[0]!;
        expect(table.headerRow).toBe(headerRow);
        expect(table.firstDataRow).toBe(headerRow + 1);
        expect(table.missing).toEqual([]);
        const columns = table.columns as Readonly<Record<string, number>>;
        cols.forEach(([field], i) => expect(columns[field]).toBe(startCol + i));
      }),
      SEEDED,
    );
  });
});
