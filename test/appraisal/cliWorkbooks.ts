import ExcelJS from 'exceljs';

export interface Student {
  readonly id: string;
  readonly name: string;
  readonly department?: string;
  readonly title?: string;
  /** Scores of the two courses (2 and 3 credits). */
  readonly scores: readonly [number, number];
  /** Meetings attended, meetings required. */
  readonly attendance?: readonly [number, number];
}

/** Union members (with a department) and classmates of the same major and year (without). */
export const STUDENTS: readonly Student[] = [
  {
    id: '2023100001',
    name: '王主席',
    department: '主席团',
    title: '主席',
    scores: [95, 92],
    attendance: [20, 20],
  },
  {
    id: '2023100002',
    name: '李副主席',
    department: '主席团',
    title: '副主席',
    scores: [70, 75],
    attendance: [18, 20],
  },
  {
    id: '2023100003',
    name: '=张部长',
    department: '秘书处',
    title: '部长',
    scores: [88, 84],
    attendance: [15, 20],
  },
  { id: '2023100004', name: '赵干事', department: '秘书处', title: '干事', scores: [60, 66] },
  {
    id: '2023100005',
    name: '钱部长',
    department: '文体部',
    title: '部长',
    scores: [82, 90],
    attendance: [19, 20],
  },
  { id: '2023100006', name: '孙副部长', department: '文体部', title: '副部长', scores: [77, 71] },
  ...Array.from({ length: 14 }, (_x, i): Student => ({
    id: `20231001${String(i + 10)}`,
    name: `同学${i + 1}`,
    scores: [55 + i * 3, 58 + i * 2.5],
  })),
];

/** Writes the teacher's workbook: roster, grades of the whole cohort, attendance totals. */
export async function writeTeacherWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('学生会成员名单');
  roster.addRow(['序号', '姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌']);
  STUDENTS.filter((s) => s.department).forEach((s, i) =>
    roster.addRow([
      i + 1,
      s.name,
      s.id,
      '计算机应用技术',
      '2023级',
      s.department,
      s.title,
      '共青团员',
    ]),
  );
  const grades = wb.addWorksheet('成绩');
  grades.addRow(['学号', '姓名', '专业', '年级', '学年', '学期', '课程名称', '学分', '成绩']);
  for (const s of STUDENTS) {
    grades.addRow([
      s.id,
      s.name,
      '计算机应用技术',
      '2023级',
      '2024-2025',
      '2',
      '程序设计',
      2,
      s.scores[0],
    ]);
    grades.addRow([
      s.id,
      s.name,
      '计算机应用技术',
      '2023级',
      '2024-2025',
      '2',
      '数据库',
      3,
      s.scores[1],
    ]);
  }
  const attendance = wb.addWorksheet('考勤');
  attendance.addRow(['学号', '姓名', '实到', '应到']);
  for (const s of STUDENTS)
    if (s.attendance) attendance.addRow([s.id, s.name, s.attendance[0], s.attendance[1]]);
  for (const ws of [roster, grades]) ws.getColumn(ws === roster ? 3 : 1).numFmt = '@';
  await wb.xlsx.writeFile(path);
}
