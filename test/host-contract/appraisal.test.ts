/**
 * 考核评议 behind the pane's contract, run against both hosts: the Excel gateway over the Office.js
 * double and the WPS gateway over the ET double. The same requests must give the same answers and
 * the same sheets, cell for cell; a second generation replaces the first without breaking the
 * summary's links to the forms; typed scores are never overwritten unasked; 汇总评分 names every
 * bad score by sheet and cell.
 */
import { existsSync } from 'node:fs';
import { t } from '../../src/core/messages';
import type { AppraisalAnswer } from '../../src/taskpane/gateway';
import { settingsOf } from '../excel/appraisalFixture';
import type { CellMap } from '../excel/appraisalCells';
import { referencedSheets } from '../wps-double';
import type { Host } from './hosts';
import { HOSTS, SAMPLE, samplePolicy } from './sample';

const FILE = '本工作簿';

const hosts = HOSTS;

/** One form for everyone, one panel: every score cell of the only form is the scorers'. */
const SINGLE = settingsOf({ layout: 'single', groups: [{ name: '评议会' }] });
/** Four weighted groups per department with a quota: many forms, many cross-sheet formulas. */
const WEIGHTED = settingsOf({
  groups: [
    { name: '学生代表', weight: 30 },
    { name: '团委', weight: 20 },
    { name: '学工部', weight: 30 },
    { name: '自评', weight: 20 },
  ],
  excellentQuota: 30,
});

async function generate(
  host: Host,
  settings = SINGLE,
  overwrite = false,
): Promise<AppraisalAnswer> {
  return host.gateway.appraisal!({
    policy: samplePolicy(),
    settings,
    lang: 'zh',
    ...(overwrite ? { overwrite } : {}),
  });
}

/** The form's member rows and score columns, found by its 学号 header in column B. */
function formPlace(cells: CellMap, dimensions = 5) {
  let header = 1;
  while (cells[`B${header}`] !== 'string:学号') {
    header++;
    if (header > 60) throw new Error('no form header');
  }
  const rows: number[] = [];
  for (let r = header + 1; (cells[`A${r}`] ?? '').startsWith('string:'); r++) rows.push(r);
  const dims = Array.from({ length: dimensions }, (_x, i) => String.fromCharCode(69 + i));
  return { rows, dims };
}

/** Every formula that names a sheet must name one that exists, and none may have lost it (#REF!). */
function brokenLinks(host: Host): string[] {
  const names = host.sheetNames();
  const out: string[] = [];
  let linked = 0;
  for (const sheet of names)
    for (const [at, text] of Object.entries(host.cells(sheet))) {
      if (!text.startsWith('=')) continue;
      const refs = referencedSheets(text);
      linked += refs.length > 0 ? 1 : 0;
      if (text.includes('#REF!') || refs.some((r) => !names.includes(r)))
        out.push(`${sheet}!${at} ${text}`);
    }
  if (linked === 0) out.push('no formula names a sheet: the summary is not linked to the forms');
  return out;
}

interface Generated {
  readonly host: Host;
  readonly teacher: readonly string[];
  readonly answer: AppraisalAnswer;
}

(existsSync(SAMPLE) ? describe : describe.skip)('考核评议 on both hosts', () => {
  // The weighted generation, once per host (the Excel double takes a while): read by the first
  // test of each host and by the cell-for-cell comparison, neither of which changes the workbook.
  const weighted = new Map<string, Generated>();
  beforeAll(async () => {
    for (const [label, make] of hosts) {
      const host = await make(SAMPLE);
      const teacher = host.sheetNames();
      weighted.set(label, { host, teacher, answer: await generate(host, WEIGHTED) });
    }
  }, 240_000);

  describe.each(hosts)('%s', (label, make) => {
    it('generates the forms and 考核汇总 after the teacher’s sheets, linked to the forms', () => {
      const { host, teacher, answer } = weighted.get(label)!;
      if (answer.status !== 'generated') throw new Error(JSON.stringify(answer));
      expect(answer.forms).toBeGreaterThan(1);
      expect(answer.members).toBeGreaterThan(5);
      expect(host.sheetNames()).toEqual([...teacher, ...answer.sheets]);
      expect(brokenLinks(host)).toEqual([]);
    });

    it('a second generation replaces the first: same names, links to the new forms intact', async () => {
      const host = await make(SAMPLE);
      const first = await generate(host, WEIGHTED);
      const second = await generate(host, WEIGHTED);
      if (first.status !== 'generated' || second.status !== 'generated')
        throw new Error(JSON.stringify([first, second]));
      expect(second.sheets).toEqual(first.sheets);
      expect(host.sheetNames().filter((n) => / \(\d+\)$|\(\d+\)$/.test(n))).toEqual([]);
      expect(brokenLinks(host)).toEqual([]);
    }, 180_000);

    it('stops before overwriting typed scores, and replaces them once confirmed', async () => {
      const host = await make(SAMPLE);
      const answer = await generate(host);
      if (answer.status !== 'generated') throw new Error(JSON.stringify(answer));
      const form = answer.sheets[1]!;
      const { rows, dims } = formPlace(host.cells(form));
      host.type(form, `${dims[0]}${rows[0]}`, 18);
      const before = host.snapshot();
      expect(await generate(host)).toEqual({ status: 'filled', copies: 1 });
      expect(host.snapshot()).toEqual(before);
      expect(await generate(host, SINGLE, true)).toMatchObject({ status: 'generated' });
      expect(host.cells(form)[`${dims[0]}${rows[0]}`]).toBeUndefined();
    }, 180_000);

    it('汇总评分 names each missing, out-of-range and non-numeric score, then clears its sheet', async () => {
      const host = await make(SAMPLE);
      expect(await host.gateway.collectAppraisal!({ lang: 'zh', file: FILE })).toEqual({
        status: 'no-forms',
      });
      const answer = await generate(host);
      if (answer.status !== 'generated') throw new Error(JSON.stringify(answer));
      const form = answer.sheets[1]!;
      const { rows, dims } = formPlace(host.cells(form));
      expect(rows.length).toBeGreaterThan(2);
      for (const r of rows) for (const d of dims) host.type(form, `${d}${r}`, 16);
      const [a, b, c] = rows as [number, number, number];
      const [e, f, g] = dims as [string, string, string];
      host.type(form, `${e}${a}`, null);
      host.type(form, `${f}${b}`, 25);
      host.type(form, `${g}${c}`, '良');
      const formBefore = host.cells(form);
      const result = await host.gateway.collectAppraisal!({ lang: 'zh', file: FILE });
      if (result.status !== 'collected') throw new Error(JSON.stringify(result));
      const col = (letter: string) => letter.charCodeAt(0) - 64;
      expect(result).toMatchObject({
        copies: 1,
        members: rows.length,
        summarySheet: answer.sheets[0],
      });
      expect(result.issues.map((i) => [i.messageKey, i.ref])).toEqual([
        ['appraisal.collect.missingScore', { file: FILE, sheet: form, row: a, col: col(e) }],
        ['appraisal.collect.outOfRange', { file: FILE, sheet: form, row: b, col: col(f) }],
        ['appraisal.collect.notNumber', { file: FILE, sheet: form, row: c, col: col(g) }],
      ]);
      expect(host.cells(form)).toEqual(formBefore);
      expect(result.issuesSheet).toBe(t('appraisal.sheet.issues', 'zh'));
      const texts = Object.values(host.cells(result.issuesSheet!));
      for (const issue of result.issues)
        expect(texts).toContain(`string:${t(issue.messageKey, 'zh', issue.params)}`);
      host.type(form, `${e}${a}`, 16);
      host.type(form, `${f}${b}`, 16);
      host.type(form, `${g}${c}`, 16);
      const again = await host.gateway.collectAppraisal!({ lang: 'zh', file: FILE });
      expect(again).toMatchObject({ status: 'collected', issues: [] });
      expect(host.sheetNames()).not.toContain(result.issuesSheet);
    }, 180_000);
  });

  it('both hosts write the same appraisal sheets, cell for cell', () => {
    const written: { names: readonly string[]; cells: Record<string, CellMap> }[] = [];
    for (const [label] of hosts) {
      const { host, answer } = weighted.get(label)!;
      if (answer.status !== 'generated') throw new Error(JSON.stringify(answer));
      written.push({
        names: answer.sheets,
        cells: Object.fromEntries(answer.sheets.map((n) => [n, host.cells(n)])),
      });
    }
    const [excel, wps] = written as [(typeof written)[0], (typeof written)[0]];
    expect(wps.names).toEqual(excel.names);
    let count = 0;
    for (const name of excel.names) {
      expect({ sheet: name, cells: wps.cells[name] }).toEqual({
        sheet: name,
        cells: excel.cells[name],
      });
      count += Object.keys(excel.cells[name] ?? {}).length;
    }
    expect(count).toBeGreaterThan(500);
  });
});
