import type { CellValue } from '../../../src/core/cells';
import type { SheetGrid } from '../../../src/core/tables';

type Line = readonly CellValue[];

const ROSTER: readonly Line[] = [
  ['学生会成员名单'],
  ['序号', '姓名', '学号', '专业', '部门', '职务', '政治面貌'],
  [1, '张明', '2023010101', '会计', '主席团', '主席', '共青团员'],
  [2, '李华', '2023010102', '会计', '学习部', '部长', '群众'],
  [3, '王芳', '2023010103', '会计', '学习部', '副部长', '共青团员'],
  [4, '赵强', '2023010104', '会计', '学习部', '干事', '中共预备党员'],
  [5, '陈静', '2023010105', '会计', '学习部', '部长助理', '共青团员'],
  [6, '孙丽', '2023010106', '会计', '外联部', '部长', '共青团员'],
  [7, '周杰', '2023010107', '会计', '外联部', '副部长', '共青团员'],
  [8, '吴磊', '2023010108', '会计', '外联部', '副部长', '共青团员'],
  [9, '郑爽', '2023010109', '会计', '外联部', '副部长', '共青团员'],
  [10, '刘洋', '2023010111', '会计', '外联部', '干事', '共青团员'],
];

const GRADES_HEADER: Line = ['学年', '学期', '学号', '姓名', '课程名称', '学分', '成绩'];

function grades(): Line[] {
  const rows: Line[] = [GRADES_HEADER];
  const students: [string, string, number[]][] = [
    ['2023010101', '张明', [92, 88]],
    ['2023010102', '李华', [85, 80]],
    ['2023010103', '王芳', [55, 70]],
    ['2023010104', '赵强', [60, 62]],
    ['2023010105', '陈静', [90, 91]],
    ['2023010106', '孙丽', [95, 96]],
    ['2023010107', '周杰', [75, 70]],
    ['2023010108', '吴磊', [65, 66]],
    ['2023010109', '郑爽', [80, 84]],
    ['2023010110', '钱多', [70, 71]],
  ];
  for (const [id, name, scores] of students) {
    scores.forEach((score, i) =>
      rows.push(['2024-2025', '1', id, name, i === 0 ? '高等数学' : '会计基础', 4, score]),
    );
  }
  return rows;
}

/**
 * A small roster with a grade sheet: one 群众, one failed course, one forbidden title, a
 * department with four heads, and a member without grades (待核实).
 */
export function sampleSheets(): SheetGrid[] {
  return [
    { sheet: '成员名单', rows: ROSTER },
    { sheet: '成绩', rows: grades() },
  ];
}
