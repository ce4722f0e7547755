import type { AppraisalTemplate } from './types';

/** 001 §八 (the national 2019 rules): 政治态度, 道德品行, 学习情况, 工作成效, 纪律作风. */
export const NATIONAL_TEMPLATE: AppraisalTemplate = {
  name: 'national',
  dimensions: [
    {
      name: '政治态度',
      max: 20,
      description: '理想信念坚定，拥护党的领导，积极参加理论学习和团组织生活',
    },
    {
      name: '道德品行',
      max: 20,
      description: '品行端正，诚实守信，践行《学生会干部自律公约》，在同学中起表率作用',
    },
    {
      name: '学习情况',
      max: 20,
      description: '学习态度端正，成绩排名与课业完成情况（建议分依据本专业成绩排名）',
      evidence: 'academic',
    },
    {
      name: '工作成效',
      max: 20,
      description: '履行岗位职责，完成工作任务，服务同学的实际成效与同学评价',
    },
    {
      name: '纪律作风',
      max: 20,
      description: '遵守校规校纪和会议、值班、活动纪律，作风务实（建议分依据签到考勤）',
      evidence: 'attendance',
    },
  ],
};

/** 004 二(二)2 2): 政治素质, 道德品质, 知识学习, 履职能力, 纪律作风. */
export const HNJT_2021_TEMPLATE: AppraisalTemplate = {
  name: 'hnjt-2021',
  dimensions: [
    {
      name: '政治素质',
      max: 20,
      description: '政治立场坚定，拥护党的领导，积极参加理论学习和组织生活',
    },
    {
      name: '道德品质',
      max: 20,
      description: '品德优良，诚实守信，遵守自律公约，得到同学认可',
    },
    {
      name: '知识学习',
      max: 20,
      description: '学业成绩与学习态度，能正常完成学业（建议分依据本专业成绩排名）',
      evidence: 'academic',
    },
    {
      name: '履职能力',
      max: 20,
      description: '履行岗位职责、组织协调和服务同学的能力与成效',
    },
    {
      name: '纪律作风',
      max: 20,
      description: '遵守纪律，按时参加会议和活动，作风严实（建议分依据签到考勤）',
      evidence: 'attendance',
    },
  ],
};

/** Built-in templates by the name the CLI's `--template` accepts. */
export const BUILT_IN_TEMPLATES: Readonly<Record<string, AppraisalTemplate>> = {
  national: NATIONAL_TEMPLATE,
  'hnjt-2021': HNJT_2021_TEMPLATE,
};

export const DEFAULT_TEMPLATE_NAME = 'national';
