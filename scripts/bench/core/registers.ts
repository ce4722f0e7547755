import type { CellValue } from '../../../src/core/cells';
import type { Prng } from '../../samples/prng';
import type { Student } from './university';

type Cells = CellValue[];

export const ROSTER_HEADER = [
  '序号',
  '姓名',
  '学号',
  '性别',
  '学院',
  '专业',
  '年级',
  '班级',
  '部门',
  '职务',
  '政治面貌',
  '联系电话',
];

const DEPARTMENTS = [
  '秘书处',
  '学习部',
  '文体部',
  '权益部',
  '宣传部',
  '组织部',
  '外联部',
  '新闻传媒部',
];
const POLITICAL: readonly (readonly [string, number])[] = [
  ['共青团员', 0.62],
  ['中国共产主义青年团团员', 0.05],
  ['团员', 0.08],
  ['中共预备党员', 0.08],
  ['中共党员', 0.1],
  ['群众', 0.05],
  ['少先队员', 0.02],
];

function political(prng: Prng): string {
  let u = prng.next();
  for (const [text, p] of POLITICAL) {
    if (u < p) return text;
    u -= p;
  }
  return '共青团员';
}

/** The members: `count` distinct students drawn over the whole population. */
export function pickMembers(students: readonly Student[], count: number, prng: Prng): Student[] {
  return prng.shuffle(students).slice(0, Math.min(count, students.length));
}

/** Roster rows under ROSTER_HEADER: 主席团 of 7, then the departments' heads, 干事 and a few odd titles. */
export function rosterRows(members: readonly Student[], prng: Prng): Cells[] {
  return members.map((st, i) => {
    const dept = i < 7 ? '主席团' : (DEPARTMENTS[i % DEPARTMENTS.length] ?? '');
    const title =
      i === 0
        ? '主席'
        : i < 7
          ? '副主席'
          : i < 7 + 3 * DEPARTMENTS.length
            ? i % 3 === 0
              ? '部长'
              : '副部长'
            : i % 97 === 0
              ? '部长助理'
              : '干事';
    return [
      i + 1,
      st.name,
      st.id,
      st.gender,
      st.cohort.college,
      st.cohort.major,
      `${st.cohort.entryYear}级`,
      st.className,
      dept,
      title,
      political(prng),
      `1${String(3000000000 + i * 7919).slice(0, 10)}`,
    ];
  });
}

export const SANCTION_HEADER = ['学号', '姓名', '处分类型', '处分日期', '违纪事由', '是否解除'];
const LEVELS = ['警告', '严重警告', '记过', '留校察看'];

/** A discipline register of 80 rows, a quarter of them naming members. */
export function sanctionRows(
  students: readonly Student[],
  members: readonly Student[],
  prng: Prng,
): Cells[] {
  const out: Cells[] = [];
  for (let i = 0; i < 80; i++) {
    const st = i % 4 === 0 ? prng.pick(members) : prng.pick(students);
    const month = prng.int(1, 12);
    const year = month >= 9 ? 2024 : 2025;
    out.push([
      st.id,
      st.name,
      prng.pick(LEVELS),
      new Date(Date.UTC(year, month - 1, prng.int(1, 28))),
      prng.pick(['旷课', '夜不归宿', '考试作弊', '违规使用电器']),
      prng.chance(0.2) ? '是' : '否',
    ]);
  }
  return out;
}

export const DELEGATE_HEADER = ['姓名', '学号', '学院', '年级', '是否学生会骨干'];

/** 学代会 delegates: 1.1% of the students, one in three a union member. */
export function delegateRows(
  students: readonly Student[],
  members: readonly Student[],
  prng: Prng,
): Cells[] {
  const n = Math.ceil(students.length * 0.011);
  const out: Cells[] = [];
  for (let i = 0; i < n; i++) {
    const cadre = i % 3 === 0;
    const st = cadre ? prng.pick(members) : prng.pick(students);
    out.push([st.name, st.id, st.cohort.college, `${st.cohort.entryYear}级`, cadre ? '是' : '否']);
  }
  return out;
}
