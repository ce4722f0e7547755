import type { Scale } from './model';

export interface MajorInfo {
  readonly name: string;
  /** Short form used in class names (计算机2401). */
  readonly short: string;
  readonly college: string;
  /** Two-digit codes that go into 学号 and 课程代码. */
  readonly collegeCode: string;
  readonly majorCode: string;
  /** Major courses per programme term (index 0 = first term). */
  readonly courses: readonly (readonly CourseSpec[])[];
}

/** A course before a teacher and a code are attached. */
export interface CourseSpec {
  readonly name: string;
  readonly credit: number;
  readonly scale: Scale;
}

const num = (name: string, credit: number): CourseSpec => ({ name, credit, scale: 'numeric' });
const five = (name: string, credit: number): CourseSpec => ({ name, credit, scale: 'five' });
const two = (name: string, credit: number): CourseSpec => ({ name, credit, scale: 'two' });

/** Courses every student takes, per programme term (公共课). */
export const PUBLIC_COURSES: readonly (readonly CourseSpec[])[] = [
  [num('思想道德与法治', 3), num('大学英语Ⅰ', 4), five('体育Ⅰ', 1.5), two('军事理论', 2)],
  [
    num('毛泽东思想和中国特色社会主义理论体系概论', 2),
    num('大学英语Ⅱ', 4),
    five('体育Ⅱ', 1.5),
    two('心理健康教育', 2),
  ],
  [num('习近平新时代中国特色社会主义思想概论', 3), five('体育Ⅲ', 1.5), two('劳动教育', 1)],
  [five('形势与政策', 1), num('创新创业基础', 2)],
  [two('职业发展与就业指导', 1), num('人工智能通识', 2)],
];

export const MAJORS: readonly MajorInfo[] = [
  {
    name: '计算机应用技术',
    short: '计算机',
    college: '信息工程学院',
    collegeCode: '03',
    majorCode: '01',
    courses: [
      [num('计算机应用基础', 4), num('高等数学', 3)],
      [num('C语言程序设计', 4), num('网页设计与制作', 3)],
      [num('数据库技术', 4), num('Java程序设计', 4), num('计算机组装与维护', 2)],
      [num('计算机网络技术', 3), num('Linux操作系统', 3)],
      [num('Web前端开发', 4), num('云计算技术应用', 3), five('专业综合实训', 3)],
    ],
  },
  {
    name: '软件技术',
    short: '软件',
    college: '信息工程学院',
    collegeCode: '03',
    majorCode: '02',
    courses: [
      [num('程序设计基础', 4), num('高等数学', 3)],
      [num('Python程序设计', 4), num('数据结构', 3)],
      [num('Java面向对象程序设计', 4), num('MySQL数据库', 3), num('UI设计基础', 2)],
      [num('Web应用开发', 4), num('软件测试', 3)],
      [num('移动应用开发', 4), num('软件工程', 3), five('软件项目实训', 3)],
    ],
  },
  {
    name: '机电一体化技术',
    short: '机电',
    college: '机电工程学院',
    collegeCode: '02',
    majorCode: '01',
    courses: [
      [num('机械制图', 4), num('高等数学', 3)],
      [num('电工电子技术', 4), num('机械设计基础', 3)],
      [num('PLC应用技术', 4), num('液压与气动技术', 3), num('电机与拖动', 2)],
      [num('工业机器人技术', 3), num('传感器与检测技术', 3)],
      [num('自动化生产线安装与调试', 4), num('数控编程', 3), five('机电综合实训', 3)],
    ],
  },
  {
    name: '大数据与会计',
    short: '会计',
    college: '经济管理学院',
    collegeCode: '05',
    majorCode: '01',
    courses: [
      [num('基础会计', 4), num('经济数学', 3)],
      [num('财务会计', 4), num('经济法基础', 3)],
      [num('成本会计', 3), num('税费计算与申报', 3), num('Excel在财务中的应用', 2)],
      [num('管理会计', 3), num('财务管理', 3)],
      [num('审计基础', 3), num('大数据财务分析', 4), five('会计综合实训', 3)],
    ],
  },
  {
    name: '电子商务',
    short: '电商',
    college: '经济管理学院',
    collegeCode: '05',
    majorCode: '02',
    courses: [
      [num('电子商务基础', 3), num('经济数学', 3)],
      [num('网络营销', 3), num('商品拍摄与图片处理', 3)],
      [num('网店运营', 4), num('直播电商', 3), num('客户关系管理', 2)],
      [num('跨境电商实务', 3), num('数据化运营', 3)],
      [num('电商视觉设计', 3), num('新媒体营销', 3), five('电商综合实训', 3)],
    ],
  },
];

/** The major named `name` (throws on a typo in the generator itself). */
export function major(name: string): MajorInfo {
  const found = MAJORS.find((m) => m.name === name);
  if (!found) throw new Error(`unknown major ${name}`);
  return found;
}

/** 开课学院 of public courses. */
export const PUBLIC_COLLEGE: Readonly<Record<string, string>> = {
  思想道德与法治: '马克思主义学院',
  毛泽东思想和中国特色社会主义理论体系概论: '马克思主义学院',
  习近平新时代中国特色社会主义思想概论: '马克思主义学院',
  形势与政策: '马克思主义学院',
  大学英语Ⅰ: '基础教学部',
  大学英语Ⅱ: '基础教学部',
  高等数学: '基础教学部',
  经济数学: '基础教学部',
  体育Ⅰ: '体育部',
  体育Ⅱ: '体育部',
  体育Ⅲ: '体育部',
  军事理论: '学生工作处',
  心理健康教育: '学生工作处',
  劳动教育: '学生工作处',
  职业发展与就业指导: '招生就业处',
  创新创业基础: '招生就业处',
  人工智能通识: '信息工程学院',
};
