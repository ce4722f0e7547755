import type { CellValue } from '../cells';
import { memoByString } from './memo';

const YES = new Set([
  '是',
  'y',
  'yes',
  'true',
  '√',
  '✓',
  '✔',
  '1',
  '已解除',
  '解除',
  '已撤销',
  '撤销',
  '有',
  '对',
]);
const NO = new Set([
  '否',
  'n',
  'no',
  'false',
  '×',
  '✗',
  '✘',
  'x',
  '0',
  '未解除',
  '未撤销',
  '无',
  '不是',
  '没有',
]);

const fromText = memoByString((raw: string): boolean | undefined => {
  const text = raw.normalize('NFKC').replace(/\s/g, '').toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  // Sentences in 解除情况 columns: "已于2025年3月解除", "尚未解除".
  const aboutLifting = text.includes('解除') || text.includes('撤销');
  if (aboutLifting) return !(text.includes('未') || text.includes('不'));
  return undefined;
});

/** 是/否, Y/N, √/×, 1/0, 已解除/未解除 and TRUE/FALSE cells as a boolean; undefined when empty or unclear. */
export function parseYesNo(v: CellValue | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : fromText(v);
  return undefined;
}
