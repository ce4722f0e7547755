/** The field separators a teacher's text table uses: CSV commas, or tabs (Excel's "Unicode text"). */
export type Delimiter = ',' | '\t';

/** Lines looked at: enough to get past a title row or two above the header. */
const SAMPLE_LINES = 50;
/** Decoded text collected before deciding, unless the file ends first. */
export const DELIMITER_SAMPLE_CHARS = 64 * 1024;

/**
 * The separator of a text table, from its first lines (quoted parts ignored): tab when they hold
 * more tabs than commas, as Excel's "Unicode text" (文本文件(制表符分隔)) and many exports write.
 * Several lines, not one, because a title row above the header often has no separator at all.
 */
export function detectDelimiter(text: string): Delimiter {
  let tabs = 0;
  let commas = 0;
  let lines = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10) lines++;
    else if (c === 9) tabs++;
    else if (c === 44) commas++;
  }
  return tabs > commas ? '\t' : ',';
}
