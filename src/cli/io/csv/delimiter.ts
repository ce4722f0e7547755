/** The field separators a teacher's text table uses: CSV commas, or tabs (Excel's "Unicode text"). */
export type Delimiter = ',' | '\t';

/**
 * The separator of a text table, from its first line (quoted parts ignored): tab when the line has
 * more tabs than commas, as Excel's "Unicode text" (文本文件(制表符分隔)) and many exports write.
 */
export function detectDelimiter(text: string): Delimiter {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10 || c === 13) break;
    else if (c === 9) tabs++;
    else if (c === 44) commas++;
  }
  return tabs > commas ? '\t' : ',';
}

/** True once `text` holds a whole first line, so `detectDelimiter` has seen enough. */
export function hasFirstLine(text: string): boolean {
  return /[\r\n]/.test(text);
}
