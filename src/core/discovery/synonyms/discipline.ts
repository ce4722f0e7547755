import type { KindSpec } from '../types';

/** Discipline register (处分名单) headers. */
export const DISCIPLINE_SPEC: KindSpec<'discipline'> = {
  kind: 'discipline',
  fields: {
    studentId: { exact: ['学号', '学生学号'], contains: ['学号'], weight: 1 },
    name: {
      exact: ['姓名', '学生姓名', '受处分人', '受处分学生'],
      contains: ['姓名'],
      exclude: ['教师', '老师', '经办'],
      weight: 1,
    },
    sanction: {
      exact: [
        '处分类型',
        '处分等级',
        '处分名称',
        '处分结果',
        '处分',
        '处分种类',
        '纪律处分',
        '处分情况',
        '处分类别',
        '处理结果',
      ],
      contains: ['处分'],
      exclude: ['日期', '时间', '文号', '解除', '撤销', '原因', '事由', '学期', '依据', '状态'],
      weight: 4,
    },
    // 文号 last: only when no date column exists (the reader does not expect a date in it).
    date: {
      exact: ['处分日期', '处分时间', '日期', '时间', '处理日期', '发文日期', '处分文号', '文号'],
      weight: 1,
    },
    yearTerm: { exact: ['学年学期', '处分学期', '学期', '学年'], weight: 0.5 },
    lifted: {
      exact: [
        '是否解除',
        '解除情况',
        '是否撤销',
        '解除状态',
        '处分解除',
        '已解除',
        '是否已解除',
        '撤销情况',
        '处分状态',
        '处分解除状态',
      ],
      contains: ['解除'],
      // 解除日期 is a date (liftedDate), not a yes/no column.
      exclude: ['日期', '时间'],
      weight: 3,
    },
    reason: {
      exact: [
        '违纪事由',
        '违纪原因',
        '处分原因',
        '处分事由',
        '事由',
        '违纪事实',
        '违纪行为',
        '违纪情况',
        '原因',
      ],
      contains: ['违纪'],
      weight: 3,
    },
    liftedDate: {
      exact: [
        '解除日期',
        '解除时间',
        '处分解除日期',
        '处分解除时间',
        '解除处分日期',
        '撤销日期',
        '撤销处分日期',
      ],
      contains: ['解除日期', '撤销日期'],
      weight: 2,
    },
  },
  known: ['序号', '性别', '学院', '院系', '专业', '班级', '年级', '备注', '处分依据'],
  hints: ['处分', '违纪'],
};
