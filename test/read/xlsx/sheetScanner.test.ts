import { Readable } from 'node:stream';
import type { CellValue } from '../../../src/core/cells';
import { FormatError } from '../../../src/read/errors';
import { readSharedStrings } from '../../../src/read/xlsx/sharedStrings';
import { SheetScanner } from '../../../src/read/xlsx/sheetScanner';
import { scanChunks } from '../../../src/read/xml/chunks';

const CONTEXT = {
  sharedStrings: ['共享', '第二'],
  dateStyles: [false, true],
  date1904: false,
};

// Every construct the scanner treats specially, with multi-byte characters (3 and 4 bytes in UTF-8)
// so that chunk boundaries fall inside characters, tags, attributes and values.
const SHEET = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet><sheetPr codeName="表"/><sheetData>' +
    '<row r="1" spans="1:9"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45536.5</v></c>' +
    '<c r="C1" t="inlineStr"><is><r><t>中文𠮷</t></r><r><rPr><b/></rPr><t xml:space="preserve"> &amp; 乙</t></r><rPh sb="0" eb="1"><t>フリ</t></rPh></is></c>' +
    '<c r="D1" t="str"><f>"a"&amp;"b"</f><v>a&lt;b</v></c><c r="E1" t="b"><v>1</v></c>' +
    '<c r="F1" t="e"><v>#N/A</v></c><c r="G1"/><c r="H1" s="0"><v>-1.25E+2</v></c><!-- <c r="I1"><v>9</v></c> -->' +
    '<c r="I1"><v><![CDATA[7]]></v></c></row>' +
    '<row r="3"/><row r="4" customFormat="1"><c r="B4" s="0"/></row>' +
    '<x:row r="6"><x:c r="XFD6" t=\'s\'><x:v>1</x:v></x:c></x:row>' +
    '<row><c><v>1</v></c><c><v>2</v></c><c r="E7" t="inlineStr"><is><t>第一行_x000D_</t></is></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
);

async function rows(chunks: readonly Buffer[]): Promise<[number, CellValue[]][]> {
  const out: [number, CellValue[]][] = [];
  const scanner = new SheetScanner(CONTEXT, (row, cells) => out.push([row, cells]));
  await scanChunks(Readable.from(chunks), scanner);
  expect(scanner.done).toBe(true);
  return out;
}

describe('SheetScanner over chunks', () => {
  it('reads every kind of cell', async () => {
    const whole = await rows([SHEET]);
    expect(whole.map(([r]) => r)).toEqual([1, 6, 7]);
    expect(whole[0]![1]).toEqual([
      '共享',
      new Date(Date.UTC(2024, 8, 1, 12)),
      '中文𠮷 & 乙',
      'a<b',
      true,
      { error: '#N/A' },
      null,
      -125,
      7,
    ]);
    expect(whole[1]![1].length).toBe(16384);
    expect(whole[1]![1][16383]).toBe('第二');
    expect(whole[2]![1]).toEqual([1, 2, null, null, '第一行\r']);
  });

  it('gives the same rows for every split of the bytes into two or three chunks', async () => {
    const whole = JSON.stringify(await rows([SHEET]));
    const differing: string[] = [];
    for (let i = 0; i <= SHEET.length; i++) {
      const j = Math.min(SHEET.length, i + 1 + ((i * 37) % 53));
      const two = [SHEET.subarray(0, i), SHEET.subarray(i)];
      const three = [SHEET.subarray(0, i), SHEET.subarray(i, j), SHEET.subarray(j)];
      if (JSON.stringify(await rows(two)) !== whole) differing.push(`${i}`);
      if (JSON.stringify(await rows(three)) !== whole) differing.push(`${i},${j}`);
    }
    expect(differing).toEqual([]);
  });

  it('gives the same rows fed one byte at a time', async () => {
    const bytes = Array.from({ length: SHEET.length }, (_, i) => SHEET.subarray(i, i + 1));
    expect(await rows(bytes)).toEqual(await rows([SHEET]));
  });

  it('rejects a part that ends inside a cell, a bad number and a column beyond XFD', async () => {
    const cut = SHEET.subarray(0, SHEET.indexOf('<c r="D1"') + 12);
    await expect(rows([cut])).rejects.toThrow(FormatError);
    const bad = (cell: string) => Buffer.from(`<sheetData><row r="1">${cell}</row></sheetData>`);
    await expect(rows([bad('<c r="A1"><v>12abc</v></c>')])).rejects.toThrow('bad number 12abc');
    await expect(rows([bad('<c r="XFE1"><v>1</v></c>')])).rejects.toThrow('beyond XFD');
    await expect(rows([bad('<c r="A1" t="s"><v>5</v></c>')])).rejects.toThrow('shared string 5');
  });
});

describe('readSharedStrings over chunks', () => {
  const SST = Buffer.from(
    '<sst count="4"><si><t>甲𠮷</t></si><si/><si><r><t>共青</t></r><r><t xml:space="preserve">团员 </t></r>' +
      '<rPh sb="0" eb="1"><t>きょう</t></rPh></si><si><t>R&amp;D_x000A_</t></si></sst>',
  );

  it('gives the same table for every split', async () => {
    const expected = ['甲𠮷', '', '共青团员 ', 'R&D\n'];
    for (let i = 0; i <= SST.length; i++) {
      const table = await readSharedStrings(Readable.from([SST.subarray(0, i), SST.subarray(i)]));
      expect(table).toEqual(expected);
    }
  });

  it('takes a short comment at the very end as a comment, not a cut tag', async () => {
    const tail = Buffer.from('<sst><si><t>甲</t></si></sst><!---->');
    expect(await readSharedStrings(Readable.from([tail]))).toEqual(['甲']);
  });
});
