import { DEFAULT_BANDS } from './bands';
import type { RosterEntry } from './generation';
import { configJson, readStoredConfig } from './storedConfig';
import type { StoredConfig } from './storedConfig';
import { NATIONAL_TEMPLATE } from './templates';
import { MAX_CELL_CHARS } from '../report/excelLimits';

function roster(n: number): RosterEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    studentId: String(2024000000 + i),
    name: `学生${i}`,
    department: '学习部',
    title: '干事',
    unit: '学习部',
  }));
}

function config(members: number): StoredConfig {
  return {
    lang: 'zh',
    settings: {
      template: NATIONAL_TEMPLATE,
      groups: [{ name: '评议会' }],
      aggregate: 'mean',
      bands: DEFAULT_BANDS,
      scope: 'all',
      layout: 'per-department',
    },
    forms: [{ sheet: '评分-学习部', group: '评议会', department: '学习部' }],
    generation: 'abc',
    roster: roster(members),
  };
}

function readBack(text: string) {
  const read = readStoredConfig({ file: 'a.xlsx', sheet: '评议设置', rows: [['机器读取', text]] });
  if (!read?.ok) throw new Error('stored settings not read back');
  return read.value;
}

describe('the stored settings cell', () => {
  it('keeps the roster when it fits in one cell', () => {
    const text = configJson(config(10));
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(readBack(text).roster).toEqual(roster(10));
  });

  it('leaves out a roster too long for one cell rather than writing a cell Excel cuts short', () => {
    const text = configJson(config(2000));
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    const back = readBack(text);
    expect(back.roster).toBeUndefined();
    expect(back.generation).toBe('abc');
  });
});
