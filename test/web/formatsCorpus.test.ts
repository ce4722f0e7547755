/**
 * The bundled sample saved in every format a school hands over (.xlsx, real .xls from LibreOffice,
 * HTML ".xls" in GBK and UTF-8, XML Spreadsheet 2003, tab-separated ".xls", CSV in UTF-8 with BOM
 * and GB18030, .et holding a workbook, a BIFF8 file or a web page) is checked twice: by the command
 * line and by the page's reader and session. Both must give the same findings, field for field;
 * and every format must give the findings the .xlsx gives, up to where they sit (file and sheet
 * names, which a format may not carry). Then the same with every 学号 made 18 digits with leading
 * zeros, in the formats where digits could be lost on the way.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicy } from '../../src/core/policy/serialize';
import type { Policy } from '../../src/core/policy/types';
import { itWith } from '../helpers/tools';
import { biff8Forms, textForms, type Saved } from './formats/corpus';
import { cliFindings, pageFindings, type Checked } from './formats/findings';
import { loadSheets, mapStrings, xlsxExport, type Sheet } from './formats/sheetModel';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const SAMPLE = join(SAMPLES, '学生会名单与成绩.xlsx');
const POLICY = join(SAMPLES, 'policy.json');

/** A text or web page saved as ".xls" is read, with a notice naming each such file. */
const READ_AS_TEXT = new Set(['tsv-xls']);

let root: string;
let policy: Policy;
let sheets: Sheet[];
let baseline: Checked;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'uc-formats-'));
  const parsed = parsePolicy(JSON.parse(readFileSync(POLICY, 'utf8')));
  if (!parsed.ok) throw new Error('assets/samples/policy.json does not parse');
  policy = parsed.value;
  sheets = await loadSheets(SAMPLE);
  baseline = await cliFindings([SAMPLE], POLICY);
});

type Entry = Record<string, unknown>;

/** What the check says, without where each thing sits (file and sheet names) or its wording. */
function placeless(checked: Checked): unknown {
  const strip = (o: Entry): Entry => {
    const { file: _f, sheet: _s, message: _m, ...rest } = o;
    return rest;
  };
  return {
    summary: checked.summary,
    members: (checked.members as Entry[]).map(strip),
    departments: checked.departments,
    findings: (checked.findings as Entry[]).map(strip),
    skipped: checked.skipped,
    issues: (checked.issues as Entry[]).map(strip),
  };
}

/** The command line and the page agree on `saved`, and say what `expected` (the .xlsx's check) says. */
async function bothAgree(saved: Saved, expected: Checked): Promise<void> {
  const cli = await cliFindings(saved.files, POLICY);
  const page = await pageFindings(saved.files, policy);
  expect(page).toEqual(cli);
  const issues = cli.issues as Entry[];
  const notices = READ_AS_TEXT.has(saved.format) ? saved.files.length : 0;
  for (const notice of issues.slice(0, notices)) expect(notice.key).toBe('io.readAsText');
  expect(placeless({ ...cli, issues: issues.slice(notices) })).toEqual(placeless(expected));
}

const longer = (id: string) => `00${id}0001`;

/** `checked` as it reads when every 12-digit 学号 is `longer`: only the IDs change. */
function withLongerIds(checked: Checked): Checked {
  return JSON.parse(
    JSON.stringify(checked).replace(/"(\d{12})"/g, (_, id: string) => `"${longer(id)}"`),
  ) as Checked;
}

describe('the sample in every format: the command line and the page agree', () => {
  let forms: Saved[] = [];
  beforeAll(() => {
    forms = textForms(sheets, SAMPLE, root);
  });

  it('the baseline has findings to compare', () => {
    expect((baseline.findings as unknown[]).length).toBeGreaterThan(20);
    expect(baseline.summary).toMatchObject({
      checked: 62,
      eligible: 52,
      ineligible: 7,
      pending: 3,
    });
  });

  it.each([
    'xlsx',
    'et-xlsx',
    'html-gbk',
    'html-utf8',
    'xml2003',
    'tsv-xls',
    'csv-utf8-bom',
    'csv-gb18030',
    'et-html',
  ])('%s', async (format) => {
    const saved = forms.find((f) => f.format === format);
    if (!saved) throw new Error(`no ${format} in the corpus`);
    await bothAgree(saved, baseline);
  });

  itWith(['libreoffice'], 'xls-biff8 and et-biff8 (LibreOffice writes the .xls)', async () => {
    for (const saved of biff8Forms(SAMPLE, root)) await bothAgree(saved, baseline);
  });
});

describe('18-digit 学号 with leading zeros keep every digit in every format', () => {
  let long: Sheet[] = [];
  let xlsx = '';
  let forms: Saved[] = [];
  let expected: Checked;
  beforeAll(async () => {
    long = mapStrings(sheets, (s) => (/^\d{12}$/.test(s) ? longer(s) : s));
    const dir = join(root, 'long');
    mkdirSync(dir, { recursive: true });
    xlsx = join(dir, '学生会名单与成绩.xlsx');
    writeFileSync(xlsx, await xlsxExport(long));
    forms = textForms(long, xlsx, dir);
    expected = withLongerIds(baseline);
  });

  it('the .xlsx with the longer IDs says what the sample says, with the longer IDs', async () => {
    const cli = await cliFindings([xlsx], POLICY);
    expect(JSON.stringify(cli)).toContain('"00202303020120000');
    expect(placeless(cli)).toEqual(placeless(expected));
  });

  it.each(['html-gbk', 'xml2003', 'tsv-xls', 'csv-gb18030'])('%s', async (format) => {
    const saved = forms.find((f) => f.format === format);
    if (!saved) throw new Error(`no ${format} in the corpus`);
    await bothAgree(saved, expected);
  });

  itWith(['libreoffice'], 'xls-biff8', async () => {
    const [xls] = biff8Forms(xlsx, join(root, 'long'));
    if (!xls) throw new Error('no .xls written');
    await bothAgree(xls, expected);
  });
});
