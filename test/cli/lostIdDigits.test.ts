import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as B from '../read/legacy/biffBuilder';
import { runCli } from './cliHelpers';

/**
 * 教务 exports of displayed text (HTML tables and tab-separated text saved as ".xls", CSV) hold what
 * Excel showed: an 18-digit 学号 kept as a number shows as 202300101012346000 or 2.02301E+17. Two
 * students then share one "ID"; the check must not match them, and must say how to export.
 */
const dir = mkdtempSync(join(tmpdir(), 'uc-lost-ids-'));
const file = (name: string, text: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Two students whose real IDs 202300101012345678 and 202300101012345912 display alike.
const LOST = '202300101012346000';
const roster = [
  ['学号', '姓名', '专业', '年级', '部门', '职务', '政治面貌'],
  [LOST, '甲', '软件技术', '2023级', '学习部', '部长', '共青团员'],
  [LOST, '乙', '软件技术', '2023级', '学习部', '副部长', '共青团员'],
  ['2023001', '丙', '软件技术', '2023级', '学习部', '干事', '共青团员'],
];
const grades = [
  ['学号', '课程名称', '学分', '成绩', '学年', '学期'],
  [LOST, '高等数学', 4, 95, '2025-2026', '1'],
  ['2.02301E+17', '大学英语', 3, 40, '2025-2026', '1'],
  ['2023001', '高等数学', 4, 80, '2025-2026', '1'],
];
const html = (tables: (string | number)[][][]): string =>
  `<html><head><meta charset="utf-8"></head><body>${tables
    .map(
      (rows) =>
        `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`,
    )
    .join('')}</body></html>`;
const tsv = (rows: (string | number)[][]): string => rows.map((r) => r.join('\t')).join('\r\n');

interface Json {
  members: { studentId: string; status: string; row: number }[];
  issues: { key: string; message: string; sheet: string; row: number }[];
  findings: { code: string; severity: string; message: string }[];
}

async function check(...files: string[]): Promise<Json> {
  const run = await runCli(['check', ...files, '--json'], { LANG: 'zh_CN.UTF-8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Json;
}

describe('an ID that lost digits in an export of displayed text is 待核实, never matched', () => {
  it('HTML ".xls": both members sharing a displayed ID are 待核实 and each cell is named', async () => {
    const json = await check(file('名单与成绩.xls', html([roster, grades])));
    const byName = (row: number) => json.members.find((m) => m.row === row);
    expect(byName(2)?.status).toBe('pending');
    expect(byName(3)?.status).toBe('pending');
    expect(byName(4)).toMatchObject({ studentId: '2023001', status: 'eligible' });
    const lost = json.issues.filter((i) => i.key === 'input.studentId.digitsLost');
    expect(lost.map((i) => [i.sheet, i.row])).toEqual([
      ['表1', 2],
      ['表1', 3],
      ['表2', 2],
      ['表2', 3],
    ]);
    expect(lost[0]?.message).toContain('文件「名单与成绩.xls」工作表「表1」第 2 行 A 列');
    expect(lost[3]?.message).toContain('学号「2.02301E+17」');
    expect(lost[0]?.message).toContain('把学号列设为“文本”后重新导出');
    // The reason is on the member too; no grade (95 nor the failed 40) reached either of them.
    const pending = json.findings.filter((f) => f.message.includes('位数已经丢失'));
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(json.findings.some((f) => f.code === 'failed' && f.severity === 'violation')).toBe(
      false,
    );
  });

  it('tab-separated ".xls" and CSV grades: the lost rows are skipped with the message', async () => {
    const rosterCsv = file('名单.csv', roster.map((r) => r.join(',')).join('\r\n'));
    const gradesTab = file('成绩.xls', tsv(grades));
    const json = await check(rosterCsv, gradesTab);
    const lost = json.issues.filter((i) => i.key === 'input.studentId.digitsLost');
    expect(lost.map((i) => [i.sheet, i.row])).toEqual([
      ['名单', 2],
      ['名单', 3],
      ['成绩', 2],
      ['成绩', 3],
    ]);
    expect(json.members.filter((m) => m.status === 'pending')).toHaveLength(2);
  });

  it('a real .xls (BIFF8) number of 18 digits: the member is kept, 待核实, and not matched', async () => {
    // The 教务 system wrote 学号 as numbers: 18 digits do not survive a double's 15-16.
    const cells = (rows: (string | number)[][]) =>
      rows.flatMap((r, i) =>
        r.map((v, j) => (typeof v === 'number' ? B.number(i, j, 0, v) : B.label(i, j, v))),
      );
    const asNumber = (rows: (string | number)[][]) =>
      rows.map((r, i) =>
        i === 0 ? r : [Number(i === 3 ? '2023001' : '202300101012345678'), ...r.slice(1)],
      );
    const xls = B.xlsFile(
      B.workbookStream(
        [B.xf(0)],
        [
          { name: '名单', cells: cells(asNumber(roster)) },
          { name: '成绩', cells: cells(asNumber(grades)) },
        ],
      ),
    );
    const json = await check(file('导出.xls', xls));
    expect(json.members.map((m) => m.status)).toEqual(['pending', 'pending', 'eligible']);
    const lost = json.issues.filter((i) => i.key === 'input.studentId.scientific');
    expect(lost.map((i) => [i.sheet, i.row])).toEqual([
      ['名单', 2],
      ['名单', 3],
      ['成绩', 2],
      ['成绩', 3],
    ]);
    expect(lost[0]?.message).toContain('「2.023E+17」');
  });
});
