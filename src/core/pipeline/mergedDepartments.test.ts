import type { MemberRecord } from '../records';
import type { RosterSnapshot } from './collected';
import { inheritDepartments } from './mergedDepartments';

const member = (row: number, department?: string): MemberRecord =>
  ({
    ref: { sheet: '名单', row },
    studentId: `00${row}`,
    name: `成员${row}`,
    ...(department !== undefined ? { department } : {}),
  }) as MemberRecord;

const roster = (department?: number): RosterSnapshot => ({
  mapping: {
    kind: 'roster',
    sheet: '名单',
    headerRow: 1,
    firstDataRow: 2,
    columns: { studentId: 1, name: 2, ...(department !== undefined ? { department } : {}) },
    headers: [],
    confidence: 1,
    missing: [],
  },
  rows: [],
});

describe('inheritDepartments', () => {
  it('fills a run of empty 部门 cells below a filled one and reports the run once', () => {
    const out = inheritDepartments(
      [member(2, '主席团'), member(3, '学习部'), member(4), member(5), member(7)],
      [roster(3)],
    );
    expect(out.members.map((m) => m.department)).toEqual([
      '主席团',
      '学习部',
      '学习部',
      '学习部',
      undefined,
    ]);
    expect(out.issues.map((i) => [i.messageKey, i.ref, i.params])).toEqual([
      [
        'input.department.fromAbove',
        { sheet: '名单', row: 4, col: 3 },
        { sheet: '名单', row: 4, col: 'C', count: 2, fromRow: 3, department: '学习部' },
      ],
    ]);
  });

  it('leaves members alone when the roster has no 部门 column', () => {
    const out = inheritDepartments([member(2), member(3)], [roster()]);
    expect(out.issues).toEqual([]);
    expect(out.members.map((m) => m.department)).toEqual([undefined, undefined]);
  });
});
