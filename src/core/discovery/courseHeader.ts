import { normalizeText } from '../normalize/text';

/** What a course column's header says: the course, its credit, or that it is a 补考 column. */
export interface CourseHeader {
  readonly name: string;
  readonly credit?: number;
  /** '高等数学补考' names its course; a bare '补考' names the column before it (''). */
  readonly makeupOf?: string;
}

const NUMBERED = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.](?=\D)/;
// '(4)', '(3学分)', '(2.5分)', '[4]'; NFKC has folded full-width brackets already.
const CREDIT_NOTE = /[([](\d{1,2}(?:\.\d)?)\s*(?:学分|分)?[)\]]$/;
const MAKEUP = /(?:补考成绩|补考)$/;

/** Reads one header of a class grade summary ('4、高等数学(4)', '大学英语（3学分）', '高等数学补考'). */
export function parseCourseHeader(text: string): CourseHeader | undefined {
  let name = normalizeText(text).replace(/\s/g, '').replace(NUMBERED, '');
  if (MAKEUP.test(name)) return { name: '', makeupOf: name.replace(MAKEUP, '') };
  let credit: number | undefined;
  const note = CREDIT_NOTE.exec(name);
  if (note?.[1]) {
    credit = Number(note[1]);
    name = name.slice(0, note.index);
  }
  if (name === '') return undefined;
  return credit === undefined ? { name } : { name, credit };
}

/** Headers of a class grade summary that are never courses: totals, averages, ranks, remarks. */
export const NOT_A_COURSE =
  /总分|总成绩|合计|平均|名次|排名|排序|门数|挂科|学分|绩点|备注|操行|德育|综测|综合测评|体测|评语|等级$|签名/;

/** Summary headers that carry a rank: the class's own order, not the school's 综合排名. */
export const RANK_HEADER = /名次|排名|排序/;
