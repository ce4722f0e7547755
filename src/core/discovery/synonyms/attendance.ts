import type { KindSpec } from '../types';

/** Attendance / sign-in sheet (签到表, 考勤表) headers. */
export const ATTENDANCE_SPEC: KindSpec<'attendance'> = {
  kind: 'attendance',
  fields: {
    studentId: { exact: ['学号', '学生学号'], contains: ['学号'], weight: 1 },
    name: { exact: ['姓名', '学生姓名'], contains: ['姓名'], exclude: ['教师', '老师'], weight: 1 },
    date: {
      exact: [
        '日期',
        '签到日期',
        '活动日期',
        '会议日期',
        '时间',
        '签到时间',
        '活动时间',
        '会议时间',
      ],
      weight: 1,
    },
    event: {
      exact: [
        '活动名称',
        '会议名称',
        '活动',
        '会议',
        '活动主题',
        '会议主题',
        '事项',
        '活动内容',
        '会议内容',
      ],
      weight: 3,
    },
    status: {
      exact: [
        '签到情况',
        '出勤情况',
        '考勤情况',
        '签到',
        '出勤',
        '考勤',
        '签到状态',
        '考勤状态',
        '出勤状态',
        '是否签到',
        '是否出勤',
        '状态',
        '考勤结果',
      ],
      weight: 3,
    },
    attended: {
      exact: [
        '实到',
        '实到次数',
        '出勤次数',
        '签到次数',
        '实际出勤',
        '实际出勤次数',
        '参加次数',
        '出席次数',
      ],
      weight: 3,
    },
    absent: {
      exact: ['缺勤次数', '缺勤', '缺席次数', '未到次数', '旷会次数', '缺席'],
      weight: 3,
    },
    required: {
      exact: [
        '应到',
        '应到次数',
        '应出勤次数',
        '应参加次数',
        '应签到次数',
        '会议次数',
        '活动次数',
        '总次数',
      ],
      weight: 3,
    },
  },
  known: ['序号', '部门', '职务', '班级', '学院', '备注', '签名', '请假次数', '迟到次数', '出勤率'],
  hints: ['签到', '考勤', '出勤'],
};
