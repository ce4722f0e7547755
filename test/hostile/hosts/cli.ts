import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { t } from '../../../src/core/messages';
import { policyToJson } from '../../../src/core/policy/serialize';
import { materialise } from '../materialise';
import { comparable, expected, type Observed } from '../observe';
import { policyFor } from '../policies';
import type { HostileCase, IssueWant, Outcome } from '../types';
import { writtenProblems, type WrittenCell } from '../written';
import { check, type Check } from './check';

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

function writtenCell(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): WrittenCell | undefined {
  const v = cell.value as unknown;
  const base = { sheet: ws.name, address: cell.address };
  if (typeof v === 'string') return { ...base, text: v };
  if (!v || typeof v !== 'object') return undefined;
  if ('formula' in v) return { ...base, formula: String((v as { formula: string }).formula) };
  if ('hyperlink' in v) {
    const h = v as { text: unknown; hyperlink: string };
    const link = h.hyperlink.startsWith('#') ? h.hyperlink.slice(1) : h.hyperlink;
    return { ...base, text: String(h.text), link };
  }
  if ('richText' in v)
    return {
      ...base,
      text: (v as { richText: { text: string }[] }).richText.map((r) => r.text).join(''),
    };
  return undefined;
}

async function writtenCells(path: string): Promise<{ cells: WrittenCell[]; sheets: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const cells: WrittenCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const c = writtenCell(ws, cell);
        if (c) cells.push(c);
      }),
    ),
  );
  return { cells, sheets: wb.worksheets.map((w) => w.name) };
}

/** Each expected issue's message names its sheet and quotes the values the manifest gives. */
function messageProblems(want: readonly IssueWant[], out: JsonOut): string[] {
  return want.flatMap((w) => {
    const got = out.issues.find((i) => i.key === w.key && i.row === w.row && i.col === w.col);
    if (!got) return [`no ${w.key} at row ${w.row ?? '-'} col ${w.col ?? '-'}`];
    const texts = [
      ...Object.values(w.params ?? {}).map(String),
      ...(w.sheet !== undefined ? [`「${w.sheet}」`] : []),
    ];
    return texts.filter((s) => !got.message.includes(s)).map((s) => `${w.key}: "${s}" missing`);
  });
}

/**
 * The command line: `check <files> --json --out report.xlsx --policy p.json` through `main`, with
 * the exit code, the exact stderr of refused input, the JSON result, the inputs' bytes untouched,
 * and the written report read back with exceljs.
 */
export async function runCli(c: HostileCase, want: Outcome, dir: string): Promise<Check[]> {
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
  const unchanged = paths.every((p, i) => readFileSync(p).equals(before[i]!));
  const checks = [check('inputs unchanged', unchanged, true)];
  if (want.kind === 'file')
    return [
      ...checks,
      check(
        'exit and message',
        { code, stderr },
        { code: 2, stderr: `${t(want.key, 'zh', want.params)}\n` },
      ),
    ];
  if (want.kind === 'rejected') {
    const lines = want.issues.map((i) => `  ${t(i.key, 'zh', i.params ?? {})}\n`).join('');
    return [
      ...checks,
      check(
        'exit and messages',
        { code, stderr, report: existsSync(report) },
        { code: 2, stderr: `${t('cli.inputProblem', 'zh')}\n${lines}`, report: false },
      ),
    ];
  }
  checks.push(
    check('exit', { code, stderr }, { code: want.findings.length > 0 ? 1 : 0, stderr: '' }),
  );
  if (code > 1) return checks;
  const out = JSON.parse(stdout) as JsonOut;
  const plain = withoutParams(want);
  const written = await writtenCells(report);
  return [
    ...checks,
    check('outcome', comparable(observeJson(out), plain), expected(plain)),
    check('messages', messageProblems(want.issues, out), []),
    check('written report', writtenProblems(written.cells, written.sheets, c.written), []),
    ...(c.written ? await appraisalChecks(c, paths, policy) : []),
  ];
}

/** `appraisal <files> --scope all --layout per-department`: the forms obey the same rules. */
async function appraisalChecks(c: HostileCase, paths: string[], policy: string): Promise<Check[]> {
  const out = join(dirname(policy), 'report', '评分表.xlsx');
  let stderr = '';
  const code = await main(
    [
      'appraisal',
      ...paths,
      '--out',
      out,
      '--policy',
      policy,
      '--scope',
      'all',
      '--layout',
      'per-department',
    ],
    { stdout: () => undefined, stderr: (s) => void (stderr += s) },
  );
  if (code !== 0) return [check('appraisal exit', { code, stderr }, { code: 0, stderr: '' })];
  const written = await writtenCells(out);
  const texts = (c.written?.texts ?? []).filter((x) => x.length < 1000);
  return [
    check('appraisal workbook', writtenProblems(written.cells, written.sheets, { texts }), []),
  ];
}
