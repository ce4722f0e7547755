/**
 * The hostile corpus against the command line: `union-compliance check <files> --json --out r.xlsx`
 * through `main`, with the exit code, the exact stderr for refused input, the JSON result, and the
 * written report read back with exceljs (teacher text stays text; every link reaches a sheet).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { t } from '../../src/core/messages';
import { policyToJson } from '../../src/core/policy/serialize';
import { CASES, outcomeFor } from './manifest';
import { materialise } from './materialise';
import { comparable, expected, type Observed } from './observe';
import { policyFor } from './policies';
import type { IssueWant, Outcome } from './types';
import { writtenProblems, type WrittenCell } from './written';

const dir = mkdtempSync(join(tmpdir(), 'uc-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonOut {
  summary: { eligible: number; ineligible: number; pending: number };
  members: { studentId: string; name: string; status: 'eligible' | 'ineligible' | 'pending' }[];
  findings: {
    code: string;
    severity: string;
    subject: { kind: string; studentId?: string; department?: string };
  }[];
  issues: {
    key: string;
    severity: 'error' | 'warning';
    message: string;
    sheet?: string;
    row?: number;
    col?: number;
  }[];
}

function observeJson(out: JsonOut): Observed {
  return {
    kind: 'result',
    counts: {
      eligible: out.summary.eligible,
      ineligible: out.summary.ineligible,
      pending: out.summary.pending,
    },
    members: Object.fromEntries(
      out.members.map((m) => [m.studentId, { name: m.name, status: m.status }]),
    ),
    findings: out.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => {
        const s = f.subject;
        return `${f.severity}:${f.code}:${s.studentId ?? s.department ?? 'union'}`;
      })
      .sort(),
    // The JSON carries the rendered message, not the params: params are checked in the text.
    issues: out.issues.map(({ key, severity, sheet, row, col }) => ({
      key,
      severity,
      ...(sheet !== undefined ? { sheet } : {}),
      ...(row !== undefined ? { row } : {}),
      ...(col !== undefined ? { col } : {}),
    })),
  };
}

function withoutParams(want: Outcome): Outcome {
  if (want.kind !== 'result') return want;
  return { ...want, issues: want.issues.map(({ params: _, ...rest }): IssueWant => rest) };
}

async function writtenCells(path: string): Promise<{ cells: WrittenCell[]; sheets: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const cells: WrittenCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        const base = { sheet: ws.name, address: cell.address };
        if (typeof v === 'string') cells.push({ ...base, text: v });
        else if (v && typeof v === 'object' && 'formula' in v)
          cells.push({ ...base, formula: String((v as { formula: string }).formula) });
        else if (v && typeof v === 'object' && 'hyperlink' in v) {
          const h = v as { text: unknown; hyperlink: string };
          cells.push({
            ...base,
            text: String(h.text),
            ...(h.hyperlink.startsWith('#')
              ? { link: h.hyperlink.slice(1) }
              : { link: h.hyperlink }),
          });
        } else if (v && typeof v === 'object' && 'richText' in v)
          cells.push({
            ...base,
            text: (v as { richText: { text: string }[] }).richText.map((r) => r.text).join(''),
          });
      }),
    ),
  );
  return { cells, sheets: wb.worksheets.map((w) => w.name) };
}

const runs = CASES.map((c) => ({ id: c.id, c, want: outcomeFor(c, 'cli') }));

describe.each(runs)('cli: $id', ({ c, want }) => {
  if ('skip' in want) {
    it.skip(`not a command line input: ${want.skip}`, () => undefined);
    return;
  }
  it(c.input.en, async () => {
    const paths = await materialise(c, dir);
    const before = paths.map((p) => readFileSync(p));
    const policy = join(dir, c.id, 'policy.json');
    writeFileSync(policy, policyToJson(policyFor(c.policy)));
    const report = join(dir, c.id, 'report', '检查报告.xlsx');
    let stdout = '';
    let stderr = '';
    const code = await main(['check', ...paths, '--json', '--out', report, '--policy', policy], {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
    });
    // The inputs are only ever read.
    paths.forEach((p, i) => expect(readFileSync(p).equals(before[i]!)).toBe(true));
    if (want.kind === 'file') {
      expect({ code, stderr }).toEqual({ code: 2, stderr: `${t(want.key, 'zh', want.params)}\n` });
      return;
    }
    if (want.kind === 'rejected') {
      const lines = want.issues.map((i) => `  ${t(i.key, 'zh', i.params ?? {})}\n`).join('');
      expect({ code, stderr }).toEqual({
        code: 2,
        stderr: `${t('cli.inputProblem', 'zh')}\n${lines}`,
      });
      expect(existsSync(report)).toBe(false);
      return;
    }
    expect({ code, stderr }).toEqual({ code: want.findings.length > 0 ? 1 : 0, stderr: '' });
    const out = JSON.parse(stdout) as JsonOut;
    const plain = withoutParams(want);
    expect(comparable(observeJson(out), plain)).toEqual(expected(plain));
    // Each message names its place and quotes the values the manifest gives.
    for (const w of want.issues) {
      const got = out.issues.find((i) => i.key === w.key && i.row === w.row && i.col === w.col);
      expect(got).toBeDefined();
      for (const v of Object.values(w.params ?? {})) expect(got?.message).toContain(String(v));
      if (w.sheet !== undefined) expect(got?.message).toContain(`「${w.sheet}」`);
    }
    const written = await writtenCells(report);
    expect(writtenProblems(written.cells, written.sheets, c.written)).toEqual([]);
  });
});
