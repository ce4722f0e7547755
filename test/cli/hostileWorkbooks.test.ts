import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readFilled } from '../../src/cli/appraisal/readFilled';
import { runCli } from './cliHelpers';
import { buildXlsx } from './io/xlsxPackage';

const dir = mkdtempSync(join(tmpdir(), 'uc-hostile-'));
const str = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER = ['姓名', '学号', '专业', '年级', '部门', '职务', '政治面貌'];
const MEMBER = ['乙', '202301', '软件技术', '2023级', '学习部', '部长', '团员'];
const LETTERS = 'ABCDEFG';
const rosterRow = (r: number, values: string[], extra = '') =>
  `<row r="${r}">${values.map((v, i) => str(`${LETTERS[i]}${r}`, v)).join('')}${extra}</row>`;
const GRADES = {
  name: '成绩',
  data:
    rosterRow(1, ['学号', '课程名称', '学分', '成绩', '学年', '学期']) +
    `<row r="2">${str('A2', '202301')}${str('B2', '高数')}<c r="C2"><v>2</v></c><c r="D2"><v>90</v></c>${str('E2', '2025-2026')}${str('F2', '1')}</row>`,
};

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('check on hostile workbooks', () => {
  it('a row number past 1,048,576 stops with exit 2 naming file, sheet and row', async () => {
    const data = rosterRow(1, HEADER) + rosterRow(4294967294, MEMBER);
    const path = file('行号.xlsx', buildXlsx({ sheets: [{ name: '名单', data }, GRADES] }));
    const run = await runCli(['check', path], { LANG: 'zh_CN.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('文件「行号.xlsx」的工作表「名单」中有行号 4294967294');
  });

  it('a sheet cut off between rows stops with exit 2 naming the sheet', async () => {
    const bytes = buildXlsx({
      sheets: [{ name: '名单', data: rosterRow(1, HEADER) + rosterRow(2, MEMBER) }, GRADES],
      members: (members) =>
        members.map((m) =>
          m.name.endsWith('sheet1.xml')
            ? { ...m, text: (m.text ?? '').slice(0, (m.text ?? '').indexOf('<row r="2"')) }
            : m,
        ),
    });
    const run = await runCli(['check', file('截断.xlsx', bytes)], { LANG: 'zh_CN.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('文件「截断.xlsx」的工作表「名单」不完整或已损坏');
  });

  it('a roster reaching XFD and a 40,000-character cell still give a report, with both noted', async () => {
    const long = '备'.repeat(40_000);
    const data = rosterRow(1, HEADER, str('XFD1', '备注')) + rosterRow(2, MEMBER, str('H2', long));
    const input = file('宽表.xlsx', buildXlsx({ sheets: [{ name: '名单', data }, GRADES] }));
    const out = join(dir, '宽表报告.xlsx');
    const run = await runCli(['check', input, '--out', out], { LANG: 'zh_CN.UTF-8' });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const copy = book.getWorksheet('名单标注');
    // 学号 姓名 专业 部门 职务 检查结果 原因 first; the teacher's H column lands at M, XEY at XFD.
    expect(copy?.getRow(1).getCell(7).value).toBe('原因');
    expect(copy?.getRow(1).getCell(16384).value).toBe('');
    const cut = copy?.getRow(2).getCell(13).value;
    expect(typeof cut === 'string' ? cut.length : 0).toBe(32_767);
    const notes: string[] = [];
    book.getWorksheet('检查报告')?.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && (v.includes('16,384') || v.includes('32,767'))) notes.push(v);
    });
    expect(notes).toEqual([
      expect.stringContaining('名单「名单」的 XEZ、XFA、XFB、XFC、XFD（备注） 列放不下'),
      expect.stringContaining('「名单标注」工作表 M2 单元格的内容有 40000 个字符'),
    ]);
  });
});

describe('appraisal collect reads filled forms without sizing by row number', () => {
  it('a value at row 1,048,576 below a form costs one row, not a million', async () => {
    const data =
      rosterRow(1, ['姓名', '学号']) +
      rosterRow(2, ['乙', '202301']) +
      `<row r="1048576">${str('A1048576', 'x')}</row>`;
    const path = file('表.xlsx', buildXlsx({ sheets: [{ name: '评分', data }] }));
    const { sheets } = await readFilled(path, '表.xlsx');
    expect(sheets[0]?.rows.map((r) => r[0])).toEqual(['姓名', '乙']);
  });
});
