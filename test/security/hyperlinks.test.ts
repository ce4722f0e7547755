import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { gatewayFor, rosterOnlyPolicy } from '../excel/helpers';
import { addRoster, doubleFrom, members } from '../excel/helpers';
import { parseLocation } from './links';

/** A sheet name with everything an address must quote: apostrophe, spaces, 31 characters. */
const NASTY = "Tom's 学生会 名单 (2025) 第一学期 干部名单总表";
const GRADES = "成绩 '正方' 导出";

const dir = mkdtempSync(join(tmpdir(), 'uc-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function teacherWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  addRoster(wb, members(30, 5), NASTY);
  const g = wb.addWorksheet(GRADES);
  g.addRow(['学年', '学期', '课程名称', '学分', '学号', '姓名', '专业', '年级', '成绩']);
  members(30, 0).forEach((m, i) =>
    g.addRow(['2025-2026', '1', '高等数学', 3, m.id, m.name, '软件技术', '2023级', 40 + i * 2]),
  );
  await wb.xlsx.writeFile(file);
}

interface FoundLink {
  readonly file: string;
  readonly location?: string;
  readonly rid?: string;
}

/** Every <hyperlink> in every sheet of an .xlsx, and every relationship that leaves the file. */
async function linksIn(
  file: string,
): Promise<{ links: FoundLink[]; sheets: string[]; external: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) =>
    m[1]!
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
  const links: FoundLink[] = [];
  const external: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir) continue;
    const text = await zip.file(name)!.async('string');
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      for (const m of text.matchAll(/<hyperlink\b([^>]*)\/?>/g)) {
        const attrs = m[1]!;
        const location = /\blocation="([^"]*)"/
          .exec(attrs)?.[1]
          ?.replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&');
        const rid = /\br:id="([^"]*)"/.exec(attrs)?.[1];
        links.push({ file: name, ...(location ? { location } : {}), ...(rid ? { rid } : {}) });
      }
    if (name.endsWith('.rels'))
      for (const m of text.matchAll(/<Relationship\b[^>]*TargetMode="External"[^>]*>/g))
        external.push(`${name}: ${m[0]}`);
  }
  return { links, sheets, external };
}

async function cli(...args: string[]): Promise<number> {
  return main(args, { stdout: () => undefined, stderr: () => undefined });
}

it('uses a sheet name of the longest length Excel allows', () => expect(NASTY).toHaveLength(31));

describe('every hyperlink the product writes points inside the workbook', () => {
  const input = join(dir, '名单.xlsx');
  beforeAll(() => teacherWorkbook(input));

  it.each([
    ['the check report', (out: string) => ['check', input, '--out', out]],
    ['the appraisal forms', (out: string) => ['appraisal', input, '--out', out]],
  ])('the command line: %s', async (_, args) => {
    const out = join(dir, `${_}.xlsx`);
    expect([0, 1]).toContain(await cli(...args(out)));
    const { links, sheets, external } = await linksIn(out);
    expect(external).toEqual([]);
    for (const link of links) {
      expect(link.rid).toBeUndefined();
      const target = parseLocation(link.location ?? '');
      expect([link.location, target && sheets.includes(target.sheet)]).toEqual([
        link.location,
        true,
      ]);
    }
    // The report links each finding to its row in the annotated roster; the forms link nowhere.
    expect(links.length > 0).toBe(_ === 'the check report');
  });

  it('the Excel adapter: links in the report are document references to existing sheets', async () => {
    const double = await doubleFrom((wb) => void addRoster(wb, members(30, 5), NASTY));
    await gatewayFor(double).check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    const names = double.state.sheets.map((s) => s.name);
    const links = double.state.sheets.flatMap((s) =>
      [...s.cells.values()].flatMap((line) =>
        [...line.values()].flatMap((c) => (c.hyperlink ? [c.hyperlink] : [])),
      ),
    );
    expect(links.length).toBeGreaterThan(4);
    for (const link of links) {
      expect(link.address).toBeUndefined();
      const target = parseLocation(link.documentReference ?? '');
      expect([link.documentReference, target && names.includes(target.sheet)]).toEqual([
        link.documentReference,
        true,
      ]);
    }
    // Five 群众 members, each linked to their row on the teacher's roster, the name quoted.
    const quoted = `'${NASTY.replace(/'/g, "''")}'!A`;
    expect(links.filter((l) => l.documentReference?.startsWith(quoted))).toHaveLength(5);
  });
});
