import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { RULE_CODES } from '../../src/core/findings';
import { computeExpected } from '../../scripts/samples/expected';
import { buildMainSample } from '../../scripts/samples/main/build';
import { expectedFile } from '../../scripts/samples/main/expectedFile';
import { MAIN_SEED, PLANTS, STUDENTS_SERVED } from '../../scripts/samples/main/plan';
import { verifyMainSample } from '../../scripts/samples/main/verify';
import { mainWorkbook } from '../../scripts/samples/main/workbook';

const DIR = join(__dirname, '..', '..', 'assets', 'samples');
const WORKBOOK = join(DIR, '学生会名单与成绩.xlsx');

interface ExpectedJson {
  inputs: string[];
  policy: string;
  exitCode: number;
  counts: Record<'eligible' | 'ineligible' | 'pending', number>;
  members: Record<string, { status: string; codes: string[]; pending: string[]; info: string[] }>;
  findings: { code: string; severity: string; department?: string; studentId?: string }[];
  planted: { id: string; studentId: string }[];
}

const committed = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as ExpectedJson;
const sample = buildMainSample(MAIN_SEED);
const outcome = computeExpected(sample.data);

describe('the generator', () => {
  it('gives the same data for the same seed and different data for another', () => {
    const again = buildMainSample(MAIN_SEED);
    expect(JSON.stringify(again.data)).toBe(JSON.stringify(sample.data));
    const other = buildMainSample(MAIN_SEED + 1);
    expect(other.data.members.map((m) => m.studentId)).not.toEqual(
      sample.data.members.map((m) => m.studentId),
    );
  });

  it('writes the same workbook bytes on every run, equal to the committed file', async () => {
    const bytes = await mainWorkbook(sample);
    expect((await mainWorkbook(buildMainSample(MAIN_SEED))).equals(bytes)).toBe(true);
    expect(bytes.equals(readFileSync(WORKBOOK))).toBe(true);
  });

  it('has committed expected.json and policy.json up to date', () => {
    // Layout of the JSON is Prettier's business (format:check); its content is compared here.
    const path = join(DIR, 'expected.json');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(expectedFile(sample, outcome))),
    );
    expect(JSON.parse(readFileSync(join(DIR, 'policy.json'), 'utf8'))).toEqual({
      preset: 'national-school',
      studentsServed: STUDENTS_SERVED,
    });
  });

  it('produces exactly the planted outcome, with robust rank margins', () => {
    expect(verifyMainSample(sample, outcome)).toEqual([]);
  });
});

describe('expected.json', () => {
  const memberCodes = Object.values(committed.members).flatMap((m) => [
    ...m.codes,
    ...m.pending,
    ...m.info,
  ]);
  const findingCodes = committed.findings.map((f) => f.code);

  it('plants every rule code at least once', () => {
    const seen = new Set([...memberCodes, ...findingCodes]);
    expect(RULE_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });

  it('counts statuses consistently, most members clean', () => {
    const statuses = Object.values(committed.members).map((m) => m.status);
    const tally = (s: string) => statuses.filter((x) => x === s).length;
    expect(committed.counts).toEqual({
      eligible: tally('eligible'),
      ineligible: tally('ineligible'),
      pending: tally('pending'),
    });
    expect(statuses).toHaveLength(62);
    expect(committed.counts).toEqual({ eligible: 52, ineligible: 7, pending: 3 });
    const clean = Object.values(committed.members).filter(
      (m) => m.status === 'eligible' && m.codes.length + m.pending.length + m.info.length === 0,
    );
    expect(clean.length).toBeGreaterThan(statuses.length / 2);
    expect(committed.exitCode).toBe(1);
  });

  it('names each plant once, on a roster member, with the intended outcome', () => {
    expect(committed.planted.map((p) => p.id).sort()).toEqual(PLANTS.map((p) => p.id).sort());
    for (const p of PLANTS) {
      const planted = committed.planted.find((x) => x.id === p.id)!;
      const member = committed.members[planted.studentId]!;
      expect({ id: p.id, status: member.status, codes: [...member.codes].sort() }).toEqual({
        id: p.id,
        status: p.expect.status,
        codes: [...(p.expect.codes ?? [])].sort(),
      });
    }
  });

  it('lists department findings with their department and title findings with the member', () => {
    const keys = committed.findings.map((f) => `${f.code}:${f.department ?? f.studentId ?? ''}`);
    expect(keys).toEqual(
      expect.arrayContaining(['dept-heads:学习部', 'dept-heads:文体部', 'dept-staff:权益部']),
    );
    for (const f of committed.findings.filter((x) => x.code === 'titles')) {
      expect(committed.members[f.studentId!]).toBeDefined();
    }
    expect(findingCodes.filter((c) => c === 'congress')).toHaveLength(3);
  });
});

describe('the workbook as written', () => {
  const wb = new ExcelJS.Workbook();
  beforeAll(async () => {
    await wb.xlsx.readFile(WORKBOOK);
  });

  it('has the roster, one 正方 grade sheet per major, 处分名单 and 学代会代表', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      '学生会名单',
      '成绩-计算机应用技术',
      '成绩-软件技术',
      '成绩-机电一体化技术',
      '成绩-大数据与会计',
      '成绩-电子商务',
      '处分名单',
      '学代会代表',
    ]);
  });

  it('keeps 学号 as 10-13 digit text and puts the roster header on row 3 under a merged title', () => {
    const ws = wb.getWorksheet('学生会名单')!;
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getRow(3).getCell(3).value).toBe('学号');
    const ids: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n > 3) ids.push(row.getCell(3).value);
    });
    expect(ids).toHaveLength(sample.data.members.length);
    expect(ids.every((v) => typeof v === 'string' && /^\d{10,13}$/.test(v))).toBe(true);
  });

  it('writes the 正方 new-system header exactly and every grade row', () => {
    const header = [
      '学年', '学期', '课程代码', '课程名称', '课程性质', '学分', '成绩备注', '绩点', '成绩性质', '是否学位课程',
      '开课学院', '课程标记', '课程类别', '课程归属', '教学班', '任课教师', '考核方式', '学号', '姓名', '学生标记',
      '成绩', '是否成绩作废', '学分绩点',
    ]; // prettier-ignore
    let rows = 0;
    for (const ws of wb.worksheets.filter((w) => w.name.startsWith('成绩-'))) {
      const headerRow = ws.getRow(1).getCell(1).value === '学年' ? 1 : 2;
      expect((ws.getRow(headerRow).values as unknown[]).slice(1)).toEqual(header);
      rows += ws.actualRowCount - headerRow;
    }
    expect(rows).toBe(sample.data.grades.length);
    expect(rows).toBeGreaterThan(5000);
  });
});
