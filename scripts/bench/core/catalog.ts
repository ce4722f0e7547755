/**
 * The imaginary university of the core benchmark: 12 colleges of 5 majors each, 8 public courses
 * and 64 major courses per major. Distinct values are what matter for the engine's caches, so the
 * counts follow a real university (60 majors, about 3,850 course names), not the exact names.
 */

/** A college and its majors. */
export interface College {
  readonly name: string;
  readonly majors: readonly string[];
}

export const COLLEGES: readonly College[] = [
  {
    name: '信息工程学院',
    majors: ['计算机应用技术', '软件技术', '大数据技术', '人工智能技术应用', '物联网应用技术'],
  },
  {
    name: '机电工程学院',
    majors: ['机电一体化技术', '数控技术', '工业机器人技术', '模具设计与制造', '电气自动化技术'],
  },
  {
    name: '经济管理学院',
    majors: ['大数据与会计', '电子商务', '市场营销', '物流管理', '金融服务与管理'],
  },
  {
    name: '建筑工程学院',
    majors: ['建筑工程技术', '工程造价', '建设工程管理', '建筑装饰工程技术', '道路与桥梁工程技术'],
  },
  {
    name: '交通运输学院',
    majors: [
      '汽车检测与维修技术',
      '新能源汽车技术',
      '城市轨道交通运营管理',
      '航空物流',
      '港口与航运管理',
    ],
  },
  {
    name: '医药卫生学院',
    majors: ['护理', '药学', '医学检验技术', '康复治疗技术', '口腔医学技术'],
  },
  {
    name: '艺术设计学院',
    majors: ['视觉传达设计', '环境艺术设计', '数字媒体艺术设计', '产品艺术设计', '服装与服饰设计'],
  },
  { name: '外国语学院', majors: ['商务英语', '应用英语', '应用日语', '旅游英语', '应用韩语'] },
  { name: '教育学院', majors: ['学前教育', '小学教育', '早期教育', '音乐教育', '体育教育'] },
  {
    name: '旅游管理学院',
    majors: [
      '旅游管理',
      '酒店管理与数字化运营',
      '烹饪工艺与营养',
      '会展策划与管理',
      '休闲服务与管理',
    ],
  },
  {
    name: '化学工程学院',
    majors: ['应用化工技术', '工业分析技术', '环境工程技术', '食品检验检测技术', '精细化工技术'],
  },
  {
    name: '电子工程学院',
    majors: ['应用电子技术', '集成电路技术', '光伏工程技术', '通信技术', '智能产品开发与应用'],
  },
];

/** Scale of a course's grades. */
export type Scale = 'numeric' | 'five' | 'two';

/** One course of a major's programme, in programme order. */
export interface Course {
  readonly code: string;
  readonly name: string;
  readonly credit: number;
  readonly scale: Scale;
  readonly nature: string;
}

const PUBLIC: readonly [string, number, Scale][] = [
  ['思想道德与法治', 3, 'numeric'],
  ['大学英语Ⅰ', 4, 'numeric'],
  ['体育Ⅰ', 1.5, 'five'],
  ['军事理论', 2, 'two'],
  ['毛泽东思想和中国特色社会主义理论体系概论', 2, 'numeric'],
  ['大学英语Ⅱ', 4, 'numeric'],
  ['心理健康教育', 2, 'two'],
  ['形势与政策', 1, 'five'],
];

const STEMS = [
  '导论',
  '基础',
  '原理',
  '概论',
  '应用',
  '技术',
  '实务',
  '设计',
  '分析',
  '管理',
  '规范',
  '方法',
  '工艺',
  '检测',
  '标准',
  '案例',
  '前沿',
  '专题',
  '实验',
  '实训',
];
const CREDITS = [1, 1.5, 2, 2.5, 3, 3, 4, 4];

/** Courses a student takes per programme term. */
export const COURSES_PER_TERM = 9;

/** A major's 72 courses (8 public, 64 of its own) in programme order, 9 per programme term. */
export function coursesOf(collegeIndex: number, majorIndex: number, major: string): Course[] {
  const out: Course[] = PUBLIC.map(([name, credit, scale], i) => ({
    code: `GG${String(i + 1).padStart(4, '0')}`,
    name,
    credit,
    scale,
    nature: '公共必修课',
  }));
  const prefix = `${String(collegeIndex + 1).padStart(2, '0')}${String(majorIndex + 1).padStart(2, '0')}`;
  for (let i = 0; i < 64; i++) {
    const part = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'][Math.floor(i / 20)] ?? '';
    out.push({
      code: `ZY${prefix}${String(i + 1).padStart(2, '0')}`,
      name: `${major}${STEMS[i % 20] ?? ''}${part}`,
      credit: CREDITS[(i * 7 + majorIndex) % CREDITS.length] ?? 2,
      scale: i % 11 === 10 ? 'five' : i % 17 === 16 ? 'two' : 'numeric',
      nature: i % 5 === 4 ? '专业选修课' : '专业必修课',
    });
  }
  // Interleave public and major courses the way a programme does: public ones in the first terms.
  return out.sort((a, b) => order(a) - order(b));
}

function order(c: Course): number {
  const n = Number(c.code.slice(-2));
  return c.code.startsWith('GG') ? n * 5 : n * 1.2 + 1;
}
