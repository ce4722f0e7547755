import type { SanctionLevel } from '../records';
import { memoByString } from './memo';
import { parseYesNo } from './yesNo';

export { parseDate } from './date';
export { parseYesNo } from './yesNo';

// Graver and longer names first: "严重警告" contains "警告".
const LEVELS: readonly (readonly [string, SanctionLevel])[] = [
  ['开除学籍', '开除学籍'],
  ['留校察看', '留校察看'],
  ['记过', '记过'],
  ['严重警告', '严重警告'],
  ['警告', '警告'],
];
// League and party sanctions (团内警告, 开除团籍, 党内警告) are not 校纪 sanctions: reported, not mapped.
const OTHER_SYSTEMS = ['团内', '团籍', '党内', '党籍'];

const fromText = memoByString((raw: string): SanctionLevel | undefined => {
  const text = raw.normalize('NFKC').replace(/\s/g, '');
  if (text === '') return undefined;
  if (OTHER_SYSTEMS.some((w) => text.includes(w))) return undefined;
  if (text === '开除') return '开除学籍';
  for (const [word, level] of LEVELS) if (text.includes(word)) return level;
  return undefined;
});

/**
 * One of the five school sanctions from 处分 text ("记过处分", "给予严重警告处分"); undefined for
 * anything else (记大过, 通报批评, 团内警告), which the row reader reports instead of guessing.
 */
export function parseSanction(text: string): SanctionLevel | undefined {
  return fromText(text);
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
