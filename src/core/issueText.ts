import type { Issue } from './issue';
import { MESSAGES, t, type Lang } from './messages';

/**
 * An issue's message as every host shows it, naming the file it came from: several files may hold
 * a sheet called Sheet1, so sheet, row and column alone do not say where to look. The file goes
 * before the sheet ("文件「名单.xlsx」工作表「Sheet1」第 49 行 K 列：…"), or before the message
 * when it does not start with its sheet; a message that names the file itself, and a note about
 * the open workbook (no file), are left as they are.
 */
export function issueText(issue: Pick<Issue, 'messageKey' | 'params' | 'ref'>, lang: Lang): string {
  const text = t(issue.messageKey, lang, issue.params);
  const named = issue.params.file;
  const file = issue.ref?.file ?? (typeof named === 'string' ? named : undefined);
  if (file === undefined || MESSAGES[issue.messageKey][lang].includes('{file}')) return text;
  const sheet = issue.ref?.sheet ?? issue.params.sheet;
  if (typeof sheet === 'string') {
    const at = t('input.where.sheet', lang, { sheet });
    if (text.startsWith(at))
      return t('input.where.fileSheet', lang, { file, sheet }) + text.slice(at.length);
  }
  return t('input.where.inFile', lang, { file, message: text });
}
