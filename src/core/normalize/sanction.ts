import type { SanctionLevel } from '../records';
import { memoByString } from './memo';

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
