import type { EndedMembership, NotSchoolSanction, SanctionLevel } from '../records';
import { memoByString } from './memo';
import { parseDate } from './date';
import { parseYesNo } from './yesNo';

export { parseDate } from './date';
export { parseYesNo } from './yesNo';

// Graver and longer names first: "严重警告" contains "警告". 记大过 sits between 记过 and 留校察看
// in the schools that use it.
const LEVELS: readonly (readonly [string, SanctionLevel])[] = [
  ['开除学籍', '开除学籍'],
  ['留校察看', '留校察看'],
  ['记大过', '记大过'],
  ['记过', '记过'],
  ['严重警告', '严重警告'],
  ['警告', '警告'],
];

// League and party discipline, and measures short of a sanction, are not 校纪处分 (docs/RULES.md
// §1 discipline). They are cut out of the text before the school levels are looked for, because
// "团内严重警告" and "口头警告" contain a level's name.
const LEAGUE = /团内(?:严重)?警告(?:处分)?|撤销团内(?:一切)?职务|留团察看|开除团籍/g;
const PARTY =
  /党内(?:严重)?警告(?:处分)?|撤销党内(?:一切)?职务|留党察看|开除党籍|取消预备党员资格/g;
const CRITICISM =
  /(?:全[校院系]|公开)?通报批评|批评教育|口头警告|诫勉谈话|警示谈话|书面检讨|书面检查/g;

// A date written into the sanction text: "记过（2024年10月8日）", "2024-10-08 警告".
const DATE_IN_TEXT = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/;

/** What a 处分 cell says, read once. */
export interface SanctionText {
  /** The school sanction (校纪处分) it names, if any. */
  readonly level?: SanctionLevel;
  /** Set when it names no school sanction but league or party discipline, or criticism. */
  readonly notSchool?: NotSchoolSanction;
  readonly ends?: EndedMembership;
  /** Lifting said in the text itself ("（已解除）", "撤销记过处分", "（未解除）"). */
  readonly lifted?: boolean;
  readonly date?: string;
}

function endedMembership(text: string): EndedMembership | undefined {
  if (text.includes('开除团籍')) return 'league';
  if (text.includes('开除党籍')) return 'party';
  if (text.includes('取消预备党员资格')) return 'probationary';
  return undefined;
}

function levelOf(text: string): SanctionLevel | undefined {
  if (text === '开除' || text === '开除处分') return '开除学籍';
  for (const [word, level] of LEVELS) if (text.includes(word)) return level;
  return undefined;
}

const fromText = memoByString((raw: string): SanctionText => {
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  const league = text.match(LEAGUE) !== null;
  const party = text.match(PARTY) !== null;
  const rest = text.replace(LEAGUE, '').replace(PARTY, '');
  const criticism = rest.match(CRITICISM) !== null;
  const school = rest.replace(CRITICISM, '');
  const level = levelOf(school);
  const ends = endedMembership(text);
  const notSchool: NotSchoolSanction | undefined =
    level !== undefined
      ? undefined
      : league
        ? 'league'
        : party
          ? 'party'
          : criticism
            ? 'criticism'
            : undefined;
  const lifted = parseLifted(school);
  const day = DATE_IN_TEXT.exec(text);
  const date = day ? parseDate(`${day[1]}-${day[2]}-${day[3]}`) : undefined;
  return {
    ...(level !== undefined ? { level } : {}),
    ...(notSchool !== undefined ? { notSchool } : {}),
    ...(ends !== undefined ? { ends } : {}),
    ...(lifted !== undefined ? { lifted } : {}),
    ...(date !== undefined ? { date } : {}),
  };
});

/**
 * A 处分 cell read: the school sanction it names (记过处分, 给予严重警告处分, 受到记大过处分), or the
 * league, party or criticism measure that is not one, whether the text says it was lifted, and a
 * date written in it. Text naming none of these has neither `level` nor `notSchool`: reported, not
 * guessed.
 */
export function readSanctionText(text: string): SanctionText {
  return fromText(text);
}

/** One of the school sanctions from 处分 text; undefined for anything else (通报批评, 团内警告). */
export function parseSanction(text: string): SanctionLevel | undefined {
  return fromText(text).level;
}

// 处分状态 words for a sanction still running: no 解除 in them, so parseYesNo cannot read them.
const IN_FORCE = ['生效', '有效', '执行中', '处分中', '未到期', '期内', '考察期', '察看期'];
// And for one that ended without the word 解除.
const ENDED = ['已到期', '期满', '已失效', '失效'];

/**
 * Whether a 是否解除 / 处分状态 cell says the sanction is lifted: 是/否, 已解除/未解除, and the
 * status words 生效中 (in force) or 已到期 (ended); undefined when the cell says neither.
 */
export function parseLifted(text: string): boolean | undefined {
  const folded = text.normalize('NFKC').replace(/\s/g, '');
  const said = parseYesNo(folded);
  if (said !== undefined) return said;
  if (IN_FORCE.some((w) => folded.includes(w))) return false;
  if (folded.includes('未') || folded.includes('不')) return undefined;
  if (ENDED.some((w) => folded.includes(w))) return true;
  return undefined;
}
