import { FormatError } from '../errors';
import { LIMITS, shownLimit } from '../limits';
import { scanXml } from '../xml/collect';
import { attr } from '../xml/scanner';
import { decodeXml } from '../xml/text';
import { isDateFormat } from './dates';

/**
 * For each cell style index (`s` on a cell), whether its number format shows a date: the only
 * thing the reader needs from styles.xml, because a date is stored as a plain serial number.
 */
export function parseDateStyles(stylesXml: string, part = 'styles.xml'): readonly boolean[] {
  const customCodes = new Map<number, string>();
  const cellXfIds: number[] = [];
  let inCellXfs = false;
  const bound = (count: number, limit: number): void => {
    if (count > limit) {
      throw new FormatError(`more than ${limit} styles`, 'io.tooMany', {
        part,
        limit: shownLimit(limit),
      });
    }
  };
  scanXml(stylesXml, {
    open(name, attrs) {
      bound(customCodes.size, LIMITS.numberFormats);
      bound(cellXfIds.length, LIMITS.cellFormats);
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
