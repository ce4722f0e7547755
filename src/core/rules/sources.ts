/** One citable policy text: the id findings carry, and its citation in both languages. */
export interface Source {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** The sentence the rule rests on, in the original Chinese (for the report's citation column). */
  readonly quote?: string;
}

const XN = '咸宁职业技术学院学生会深化改革方案';
const XN_EN = 'Xianning Vocational Technical College, student union reform plan';
const HN = '湖南交通职业技术学院学生委员会改革实施方案（2021）';
const HN_EN = 'Hunan Communication Polytechnic, student union reform implementation plan (2021)';

/** The source catalogue: every id a finding may cite (each rule's are in rules/<code>/citation.ts). */
export const SOURCES: Readonly<Record<string, Source>> = {
  '001-3': {
    id: '001-3',
    zh: `${XN} 三、坚持精简原则`,
    en: `${XN_EN}, section 3 (keep it lean)`,
    quote:
      '校级学生会工作人员一般为 60 人以内，主席团成员 5 人。工作部门 6 个，每个工作部门成员设负责人 2-3 人，工作人员一般不得超过 6 人。院学生会工作人员一般为30 人以内，主席团成员 3 人。除学生会主席团成员和工作部门成员，均不设置其他任何职务。',
  },
  '001-4': {
    id: '001-4',
    zh: `${XN} 四、明确遴选条件`,
    en: `${XN_EN}, section 4 (selection criteria)`,
    quote:
      '学生会工作人员必须是共产党员或共青团员……学习成绩综合排名在本专业前 30%以内，且无课业不及格情况。',
  },
  '001-5': {
    id: '001-5',
    zh: `${XN} 五、严格遴选程序`,
    en: `${XN_EN}, section 5 (selection procedure)`,
    quote: '校级学生会工作人员来自学院学生会成员一般不少于 50％。',
  },
  '001-6': {
    id: '001-6',
    zh: `${XN} 六、规范召开学生代表大会`,
    en: `${XN_EN}, section 6 (student congress)`,
    quote: '代表名额一般不低于所联系学生人数的 1％，名额分配要覆盖各个学院、年级及主要学生社团。',
  },
  '001-7': {
    id: '001-7',
    zh: `${XN} 七、坚持从严治会`,
    en: `${XN_EN}, section 7 (strict discipline)`,
    quote: '学生会工作人员出现违反校规校纪……按规定和程序及时处理。',
  },
  '001-8': {
    id: '001-8',
    zh: `${XN} 八、建立述职评议制度`,
    en: `${XN_EN}, section 8 (appraisal)`,
    quote: '学生会主席团成员和工作部门负责人每学期向评议会述职。',
  },
  '004-2-1-3': {
    id: '004-2-1-3',
    zh: `${HN} 二（一）3 明确遴选条件`,
    en: `${HN_EN}, 2(1)3 (selection criteria)`,
    quote:
      '学习成绩综合排名在本专业前30%以内,无课业不及格情况,无违反国家有关法律,违反校级校规的行为……校级学生会工作人员中来自二级学院学生会成员一般不少于50%',
  },
  '004-2-1-4': {
    id: '004-2-1-4',
    zh: `${HN} 二（一）4 精简优化学生会组织机构设置`,
    en: `${HN_EN}, 2(1)4 (lean organisation)`,
    quote:
      '由1名执行主席、3名主席团成员组成……不设置主席助理、部长助理等岗位,不设置部长,主任等职务……工作人员不得超过40人……骨干成员原则上不得超过联系服务学生总人数的1%',
  },
  '004-2-2-1': {
    id: '004-2-2-1',
    zh: `${HN} 二（二）1 进一步完善学生代表大会制度`,
    en: `${HN_EN}, 2(2)1 (student congress)`,
    quote:
      '代表名额原则上不低于学生会组织所联系学生人数的1%……其中非校、院级学生会骨干的学生代表不低于60%。',
  },
  '004-2-2-2': {
    id: '004-2-2-2',
    zh: `${HN} 二（二）2 规范学生干部的选拔、考核、培养和作风建设`,
    en: `${HN_EN}, 2(2)2 (cadre selection, appraisal and exit)`,
  },
  'national-form': {
    id: 'national-form',
    zh: '全国学联 高校学生会（研究生会）深化改革自评表；《关于推动高校学生会（研究生会）深化改革的若干意见》（中青联发〔2019〕9号）',
    en: 'All-China Students’ Federation reform self-assessment form; Opinions on deepening the reform of college student unions (Zhongqinglianfa [2019] No. 9)',
  },
};

/** The citation of a source id in one language; an unknown id shows itself. */
export function citeSource(id: string, lang: 'zh' | 'en'): string {
  const source = SOURCES[id];
  return source ? source[lang] : id;
}

const SHORT: readonly (readonly [string, string])[] = [
  [XN, '咸宁职院方案'],
  [XN_EN, 'Xianning plan'],
  [HN, '湖南交职院方案(2021)'],
  [HN_EN, 'Hunan Communication plan (2021)'],
];

/** A citation short enough for a table cell: the plan's title abbreviated, the section kept. */
export function citeSourceShort(id: string, lang: 'zh' | 'en'): string {
  if (id === 'national-form') return lang === 'zh' ? '中青联发〔2019〕9号' : 'CYLC/MOE 2019 No. 9';
  return SHORT.reduce((text, [long, short]) => text.replace(long, short), citeSource(id, lang));
}
