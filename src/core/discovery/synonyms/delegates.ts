import type { KindSpec } from '../types';

/** 学代会 delegate list (代表名单) headers. */
export const DELEGATES_SPEC: KindSpec<'delegates'> = {
  kind: 'delegates',
  fields: {
    studentId: { exact: ['学号', '学生学号'], contains: ['学号'], weight: 1 },
    name: {
      exact: ['姓名', '学生姓名', '代表姓名'],
      contains: ['姓名'],
      exclude: ['教师', '老师'],
      weight: 1,
    },
    college: {
      exact: [
        '学院',
        '院系',
        '所在学院',
        '代表团',
        '单位',
        '所在单位',
        '二级学院',
        '系部',
        '学院名称',
      ],
      weight: 0.5,
    },
    entryYear: { exact: ['年级', '入学年份', '入学年级'], weight: 0.5 },
    className: { exact: ['班级', '班级名称', '所在班级', '专业班级'], weight: 0.5 },
    isCadre: {
      exact: ['是否学生会骨干', '是否为学生会骨干', '是否骨干', '是否学生会干部', '学生会骨干'],
      contains: ['骨干'],
      weight: 4,
    },
    identity: {
      exact: ['代表类别', '身份', '代表身份', '代表类型', '类别', '人员类别', '代表类'],
      weight: 3,
    },
  },
  known: ['序号', '性别', '专业', '政治面貌', '联系电话', '联系方式', '民族', '备注', '职务'],
  hints: ['学代会', '代表名单', '代表大会', '学生代表'],
};
