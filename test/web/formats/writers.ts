import iconv from 'iconv-lite';
import { shown, type Cell, type Sheet } from './sheetModel';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A string Excel would turn into a number when it opens the page, unless told it is text. */
const looksNumeric = (cell: Cell) => typeof cell.value === 'string' && /^\d+$/.test(cell.value);

function htmlRow(row: readonly (Cell | null)[]): string {
  const cells: string[] = [];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === null || cell === undefined) {
      cells.push('<td></td>');
      continue;
    }
    const span = cell.span > 1 ? ` colspan="${cell.span}"` : '';
    // 教务 exports mark ID columns as text so Excel keeps their digits: `mso-number-format:"\@"`.
    const style = looksNumeric(cell) ? ' style=\'mso-number-format:"\\@"\'' : '';
    cells.push(`<td${span}${style}>${escapeXml(shown(cell))}</td>`);
    c += cell.span - 1;
  }
  return `<tr>${cells.join('')}</tr>`;
}

/**
 * An HTML page holding `sheets` as tables, the way 正方 and other 教务 systems write their ".xls"
 * export: a charset label in a meta tag, a merged title as a colspan cell, empty rows as empty `tr`.
 */
export function htmlExport(sheets: readonly Sheet[], charset: 'gb2312' | 'utf-8'): Buffer {
  const tables = sheets.map(
    (s) => `<table border="1">\n${s.rows.map(htmlRow).join('\n')}\n</table>`,
  );
  const meta =
    charset === 'utf-8'
      ? '<meta charset="utf-8">'
      : '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
  const page = `<html><head>${meta}<title>导出</title></head><body>\n${tables.join('\n<br>\n')}\n</body></html>\n`;
  return charset === 'utf-8' ? Buffer.from(page, 'utf8') : iconv.encode(page, 'gbk');
}

function xmlCell(cell: Cell, index: number | undefined): string {
  const at = index === undefined ? '' : ` ss:Index="${index}"`;
  const across = cell.span > 1 ? ` ss:MergeAcross="${cell.span - 1}"` : '';
  const { value } = cell;
  const [type, text] =
    value instanceof Date
      ? ['DateTime', `${value.toISOString().slice(0, 19)}.000`]
      : typeof value === 'number'
        ? ['Number', String(value)]
        : typeof value === 'boolean'
          ? ['Boolean', value ? '1' : '0']
          : ['String', value];
  const style = value instanceof Date ? ' ss:StyleID="date"' : '';
  return `<Cell${at}${across}${style}><Data ss:Type="${type}">${escapeXml(text)}</Data></Cell>`;
}

function xmlRows(sheet: Sheet): string {
  const out: string[] = [];
  let expectRow = 1;
  sheet.rows.forEach((row, r) => {
    if (row.length === 0) return; // Excel leaves empty rows out and numbers the next one
    const cells: string[] = [];
    let expectCol = 1;
    row.forEach((cell, c) => {
      if (cell === null) return;
      cells.push(xmlCell(cell, c + 1 === expectCol ? undefined : c + 1));
      expectCol = c + 1 + cell.span;
    });
    const at = r + 1 === expectRow ? '' : ` ss:Index="${r + 1}"`;
    out.push(`<Row${at}>${cells.join('')}</Row>`);
    expectRow = r + 2;
  });
  return out.join('\n');
}

/** An XML Spreadsheet 2003 file, as Excel 2003 and some 教务 systems save it: every sheet, UTF-8. */
export function xml2003Export(sheets: readonly Sheet[]): Buffer {
  const worksheets = sheets.map(
    (s) => `<Worksheet ss:Name="${escapeXml(s.name)}"><Table>\n${xmlRows(s)}\n</Table></Worksheet>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
<Styles><Style ss:ID="date"><NumberFormat ss:Format="yyyy\\-mm\\-dd"/></Style></Styles>
${worksheets.join('\n')}
</Workbook>
`;
  return Buffer.from(xml, 'utf8');
}

function quoteCsv(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One sheet as delimited text, as Excel's 另存为 writes it: what each cell shows, empty cells
 * between values kept (a merged title stays in its first cell), CRLF line ends.
 */
export function delimitedExport(
  sheet: Sheet,
  separator: ',' | '\t',
  encoding: 'utf8-bom' | 'gb18030',
): Buffer {
  const width = Math.max(...sheet.rows.map((row) => row.length));
  const text = (cell: Cell | null | undefined) =>
    !cell ? '' : separator === ',' ? quoteCsv(shown(cell)) : shown(cell);
  // Excel pads every line to the sheet's width: `标题,,,,` and `,,,,` for an empty row.
  const lines = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => text(row[c])).join(separator),
  );
  const all = `${lines.join('\r\n')}\r\n`;
  return encoding === 'gb18030'
    ? iconv.encode(all, 'gb18030')
    : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(all, 'utf8')]);
}
