import ExcelJS from 'exceljs';
import { Prng } from '../../../../scripts/samples/prng';
import { buildXlsx, type TestPackage } from '../xlsxPackage';

const CHINESE =
  '学生会合规助手成绩名单姓名学号共青团员中共党员优秀良好及格不及格缓考旷考第一二三学期𠮷';

function chineseText(prng: Prng, length: number): string {
  const chars = [...CHINESE];
  let s = '';
  for (let i = 0; i < length; i++) s += prng.pick(chars);
  return s;
}

/** Every kind of cell exceljs writes, on sparse rows across visible and hidden sheets. */
export function kindsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('各类 单元格');
  ws.getCell('A1').value = '学号';
  ws.getCell('B1').value = '学号'; // the same shared string twice
  ws.getCell('C1').value = { richText: [{ text: '共青' }, { text: '团员', font: { bold: true } }] };
  ws.getCell('D1').value = '  前后空格  ';
  ws.getCell('E1').value = '第一行\n第二行';
  ws.getCell('F1').value = '0012';
  ws.getCell('G1').value = '';
  ws.getCell('H1').value = 'R&D <x> "q" \'a\'';
  ws.getCell('A2').value = 2531020000001;
  ws.getCell('B2').value = -73.5;
  ws.getCell('C2').value = 0.1 + 0.2;
  ws.getCell('D2').value = 1e-7;
  ws.getCell('E2').value = 123456789012345680000;
  ws.getCell('F2').value = 0;
  ws.getCell('A3').value = true;
  ws.getCell('B3').value = false;
  ws.getCell('C3').value = { error: '#N/A' };
  ws.getCell('D3').value = { error: '#DIV/0!' };
  ws.getCell('E3').value = { error: '#VALUE!' };
  ws.getCell('A4').value = { formula: 'A2+1', result: 2531020000002 };
  ws.getCell('B4').value = { formula: 'A1&"同学"', result: '学号同学' };
  ws.getCell('C4').value = { formula: '1=1', result: true };
  ws.getCell('D4').value = { formula: 'NA()', result: { error: '#N/A' } };
  ws.getCell('E4').value = { formula: 'NOW()' };
  ws.getCell('F4').value = { formula: 'A1&""', result: '' };
  ws.getCell('A5').value = { text: '点此查看', hyperlink: 'https://example.org' };
  const dates: [string, string | undefined][] = [
    ['A7', undefined],
    ['B7', 'yyyy-mm-dd'],
    ['C7', 'yyyy"年"m"月"d"日"'],
    ['D7', 'h:mm:ss'],
    ['E7', 'm/d/yy h:mm'],
  ];
  for (const [address, numFmt] of dates) {
    const cell = ws.getCell(address);
    cell.value = new Date(Date.UTC(2024, 8, 1, 13, 45, 30));
    if (numFmt) cell.numFmt = numFmt;
  }
  ws.getCell('F7').value = 45536;
  ws.getCell('F7').numFmt = '0.00_ "分"';
  ws.getCell('G7').value = 85;
  ws.getCell('G7').numFmt = '@';
  ws.getCell('H7').value = { formula: 'B7+1', result: new Date(Date.UTC(2024, 8, 2)) };
  ws.getCell('H7').numFmt = 'yyyy-mm-dd';
  ws.getCell('Z1000').value = '远处的单元格';
  ws.getCell('A9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  ws.mergeCells('A11:C11');
  ws.getCell('A11').value = '合并的标题';
  const hidden = wb.addWorksheet("老师's 备注");
  hidden.state = 'hidden';
  hidden.getCell('B3').value = '隐藏';
  const veryHidden = wb.addWorksheet('系统');
  veryHidden.state = 'veryHidden';
  veryHidden.getCell('A1').value = 1;
  wb.addWorksheet('空表');
  return wb;
}

/** A deterministic random sheet big enough that its XML spans many inflate chunks. */
export function randomWorkbook(seed: number, rows: number): ExcelJS.Workbook {
  const prng = new Prng(seed);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('随机');
  for (let r = 1; r <= rows; r++) {
    if (prng.chance(0.05)) continue; // sparse: some rows missing
    for (let c = 1; c <= 9; c++) {
      const pick = prng.next();
      const cell = ws.getCell(r, c);
      if (pick < 0.15) continue;
      else if (pick < 0.4) cell.value = chineseText(prng, prng.int(1, 40));
      else if (pick < 0.55) cell.value = prng.int(-100000, 10000000);
      else if (pick < 0.65) cell.value = Math.round(prng.normal(75, 12) * 100) / 100;
      else if (pick < 0.7) cell.value = prng.chance(0.5);
      else if (pick < 0.75)
        cell.value = new Date(Date.UTC(2020 + prng.int(0, 5), prng.int(0, 11), prng.int(1, 28)));
      else if (pick < 0.8)
        cell.value = {
          richText: [
            { text: chineseText(prng, 3) },
            { text: `x${prng.int(0, 9)}`, font: { italic: true } },
          ],
        };
      else if (pick < 0.85) cell.value = { formula: `ROW()*${c}`, result: r * c };
      else if (pick < 0.88) cell.value = { error: prng.pick(['#N/A', '#REF!', '#NAME?', '#NUM!']) };
      else cell.value = `${prng.int(2019, 2025)}${String(prng.int(0, 99999999)).padStart(8, '0')}`;
    }
  }
  return wb;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Hand-written parts in the forms exceljs never writes: inline strings (plain and rich), formula
 * strings (`t="str"`), entities and character references, odd number forms, and a long inline
 * sheet of multi-byte text so that characters fall across chunk boundaries.
 */
export function handWrittenPackages(seed: number): Record<string, Buffer> {
  const prng = new Prng(seed);
  const long: string[] = [];
  for (let r = 1; r <= 4000; r++) {
    const cells = Array.from({ length: 6 }, (_, c) => {
      const text = escapeXml(chineseText(prng, prng.int(1, 60)));
      return c % 3 === 2
        ? `<c r="${String.fromCharCode(65 + c)}${r}"><v>${prng.int(0, 1000) / 8}</v></c>`
        : `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${text}</t></is></c>`;
    });
    long.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  const inline: TestPackage = {
    sharedStrings: ['共享', 'R&D'],
    sheets: [
      {
        name: '内联',
        data:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>内联文本</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><r><t>甲</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 乙 </t></r></is></c>' +
          '<c r="C1" t="inlineStr"><is><t>&lt;&#20013;&#x6587;&gt; &amp; &quot;</t></is></c>' +
          '<c r="D1" t="s"><v>0</v></c><c r="E1" t="s"><v>1</v></c></row>' +
          '<row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B2" t="b"><f>1=1</f><v>1</v></c>' +
          '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f>1+1</f><v>2</v></c><c r="E2"><f>1+1</f></c></row>' +
          '<row r="4"><c r="A4"><v>7</v></c><c r="C4"><v>8E-3</v></c><c r="D4"><v> 9 </v></c><c r="F4" t="inlineStr"><is><t></t></is></c></row>' +
          '<row r="6"><c r="B6" t="inlineStr"><is><t>稀疏</t></is></c></row>',
      },
      { name: '长文本', data: long.join('') },
    ],
  };
  return { 'inline.xlsx': buildXlsx(inline) };
}
