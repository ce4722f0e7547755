import type { CellValue } from '../cells';
import type { UnionLevel } from '../records';
import { cellText } from './text';

const LEVELS: ReadonlyMap<string, UnionLevel> = new Map([
  ...['校级', '校', '学校', '校学生会', '校级学生会', '学校学生会', '校会'].map(
    (w) => [w, 'school'] as const,
  ),
  ...[
    '院级',
    '院',
    '学院',
    '院学生会',
    '院级学生会',
    '学院学生会',
    '二级学院',
    '二级学院学生会',
    '分院',
    '系',
    '系级',
    '系学生会',
    '院会',
  ].map((w) => [w, 'college'] as const),
]);

/** 级别 of a roster row: 校级/校学生会 → school, 院级/院学生会/系 → college; undefined otherwise. */
export function parseUnionLevel(v: CellValue | undefined): UnionLevel | undefined {
  return LEVELS.get(cellText(v).replace(/\s/g, ''));
}
