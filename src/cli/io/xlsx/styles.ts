import { scanXml } from '../xml/collect';
import { attr } from '../xml/scanner';
import { decodeXml } from '../xml/text';
import { isDateFormat } from './dates';

/**
 * For each cell style index (`s` on a cell), whether its number format shows a date: the only
 * thing the reader needs from styles.xml, because a date is stored as a plain serial number.
 */
export function parseDateStyles(stylesXml: string): readonly boolean[] {
  const customCodes = new Map<number, string>();
  const cellXfIds: number[] = [];
  let inCellXfs = false;
  scanXml(stylesXml, {
    open(name, attrs) {
      if (name === 'numFmt') {
        const id = Number(attr(attrs, 'numFmtId'));
        const code = attr(attrs, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) customCodes.set(id, decodeXml(code));
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        cellXfIds.push(Number(attr(attrs, 'numFmtId') ?? '0'));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return cellXfIds.map((id) => isDateFormat(id, customCodes));
}
