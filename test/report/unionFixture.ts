import type { Row } from '../../src/core/cells';
import { checkSheets } from '../../src/core/pipeline/checkSheets';
import { presetPolicy } from '../../src/core/policy/presets';
import type { CheckResult } from '../../src/core/result';

const HEADER = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];

/** [name, 学号, 部门, 职务, 政治面貌]; every member studies 软件技术, 2023级. */
const MEMBERS: readonly (readonly [string, string, string, string, string])[] = [
  ['甲', 'S01', '主席团', '主席', '中共党员'],
  ['乙', 'S02', '学习部', '部长', '中共预备党员'],
  ['丙', 'S03', '学习部', '副部长', '共青团员'],
  ['丁', 'S04', '学习部', '干事', '共青团员'],
  ['戊', 'S05', '学习部', '干事', '共青团员'],
  ['己', 'S06', '学习部', '干事', '群众'],
  ['庚', 'S07', '学习部', '干事', '共青团员'],
  ['辛', 'S08', '学习部', '干事', '共青团员'],
  ['壬', 'S09', '学习部', '干事', '共青团员'],
  ['癸', 'S10', '学习部', '干事', ''],
  ['子', 'S11', '文体部', '部长', '共青团员'],
  ['丑', 'S12', '文体部', '干事', '中共党员'],
  ['寅', 'S13', '宣传部', '部长', '共青团员'],
  ['卯', 'S14', '宣传部', '副部长', '共青团员'],
  ['辰', 'S15', '宣传部', '干事', '民革'],
];

/** Grades of 20 students of one cohort (members S01–S10 and ten non-members), best first. */
function grades(): Row[] {
  const ranked = ['S01', 'N01', 'S02', 'S03', 'N02', 'N03', 'S04', 'N04', 'N05', 'S05'];
  const rest = ['N06', 'N07', 'S06', 'N08', 'S07', 'N09', 'S08', 'N10', 'S09', 'S10'];
  const rows: Row[] = [['学号', '专业', '年级', '课程名称', '学分', '成绩', '学年', '学期']];
  [...ranked, ...rest].forEach((id, i) =>
    rows.push([id, '软件技术', '2023级', '高等数学', 2, 99 - i, '2025-2026', '1']),
  );
  return rows;
}

/**
 * A small union checked with the default preset: 学习部 has 7 干事 (over the limit of 6), 文体部 one
 * 部长 (2 to 3 required), 宣传部 within limits, every 政治面貌 group, and members S01–S10 ranked
 * 1st to 20th of 20 (S11–S15 have no grades).
 */
export function unionResult(): CheckResult {
  const roster: Row[] = [
    HEADER,
    ...MEMBERS.map(([name, id, dept, title, political]) => [
      name,
      id,
      '软件技术',
      '2023级',
      dept,
      title,
      political,
    ]),
  ];
  const outcome = checkSheets(
    [
      { sheet: '名单', rows: roster },
      { sheet: '成绩', rows: grades() },
    ],
    presetPolicy(),
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.value;
}
