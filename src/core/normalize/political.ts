import type { CellValue } from '../cells';
import type { PoliticalStatus } from '../records';
import { cellText } from './text';

const DEMOCRATIC_PARTIES = [
  ['中国国民党革命委员会', '民革'],
  ['中国民主同盟', '民盟'],
  ['中国民主建国会', '民建'],
  ['中国民主促进会', '民进'],
  ['中国农工民主党', '农工党'],
  ['中国致公党', '致公党'],
  ['九三学社', '九三学社'],
  ['台湾民主自治同盟', '台盟'],
];
// A party's name alone, or with the word for its members (会员, 盟员, 党员, 社员).
const MEMBER_SUFFIXES = ['', '会员', '盟员', '党员', '社员', '成员'];

function buildTable(): ReadonlyMap<string, PoliticalStatus> {
  const table = new Map<string, PoliticalStatus>();
  const add = (status: PoliticalStatus, names: string[]): void => {
    for (const name of names) table.set(name, status);
  };
  add('party-member', ['中共党员', '中国共产党党员', '党员', '正式党员', '中共正式党员']);
  add('probationary-member', ['中共预备党员', '预备党员', '中国共产党预备党员']);
  add('league-member', ['共青团员', '中国共产主义青年团团员', '团员', '共青团']);
  add('masses', ['群众']);
  add('non-partisan', ['无党派人士', '无党派']);
  for (const names of DEMOCRATIC_PARTIES) {
    for (const name of names)
      add(
        'democratic-party',
        MEMBER_SUFFIXES.map((s) => name + s),
      );
  }
  return table;
}

const TABLE = buildTable();
// Placeholders teachers type for "nothing here".
const EMPTY_MARKS = new Set(['', '-', '--', '—', '/', '无']);

/**
 * 政治面貌 normalised (docs/RULES.md §4.5 political-values). Empty or a placeholder (-, /, 无) is `missing`; a value the
 * product does not know is `unknown` so it is reported, never guessed.
 */
export function normalizePolitical(v: CellValue | undefined): PoliticalStatus {
  const text = cellText(v).replace(/\s/g, '');
  if (EMPTY_MARKS.has(text)) return 'missing';
  return TABLE.get(text) ?? 'unknown';
}
