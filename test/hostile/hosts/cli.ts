import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { issueText } from '../../../src/core/issueText';
import ExcelJS from 'exceljs';
import { t, type MessageKey } from '../../../src/core/messages';
import { policyToJson } from '../../../src/core/policy/serialize';
import { materialise } from '../materialise';
import { comparable, expected, type Observed } from '../observe';
import { policyFor } from '../policies';
import type { HostileCase, IssueWant, Outcome } from '../types';
import { writtenProblems, type WrittenCell } from '../written';
import { check, type Check } from './check';
import { spawnCli, type CliRun } from './spawnCli';

/** What one case did on the command line, for the table in docs/RELIABILITY.md. */
export interface CliMeasure {
  readonly code: number;
  /** The first line the teacher sees: stderr's, else the first input message, else none. */
  readonly message: string;
  readonly peakBytes: number;
  readonly ms: number;
  readonly unchanged: boolean;
}

/** The checks of one case on the command line, and its measurements. */
export interface CliReport {
  readonly checks: Check[];
  readonly measure: CliMeasure;
}

/** Bounds every hostile input must stay under on the command line. */
export const CLI_LIMITS = { peakBytes: 1024 ** 3, ms: 60_000 } as const;

function firstMessage(run: CliRun): string {
  const lines = run.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // A refused check prints a heading (输入有误：) and then the reasons: show the first reason too.
  if (lines[0] === t('cli.inputProblem', 'zh')) return lines.slice(0, 2).join(' ');
  if (lines[0] !== undefined) return lines[0];
  try {
    const out = JSON.parse(run.stdout) as Partial<JsonOut>;
    return out.issues?.[0]?.message ?? '';
  } catch {
    return '';
  }
}

interface JsonOut {
  summary: { eligible: number; ineligible: number; pending: number };
  members: { studentId: string; name: string; status: 'eligible' | 'ineligible' | 'pending' }[];
  findings: {
    code: string;
    severity: string;
    subject: { kind: string; studentId?: string; department?: string };
  }[];
  issues: {
    key: MessageKey;
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
 * The command line: `check <files> --json --out report.xlsx --policy p.json` run as its own
 * process (the built CLI), with the exit code, the exact stderr of refused input, the JSON result,
 * the inputs' bytes untouched, the written report read back with exceljs, and the process's peak
 * memory and time.
 */
export async function runCli(c: HostileCase, want: Outcome, dir: string): Promise<CliReport> {
  const paths = await materialise(c, dir);
  const before = paths.map((p) => readFileSync(p));
  const scratch = join(dir, c.id);
  const policy = join(scratch, 'policy.json');
  writeFileSync(policy, policyToJson(policyFor(c.policy)));
  const report = join(scratch, 'report', '检查报告.xlsx');
  const run = await spawnCli(
    ['check', ...paths, '--json', '--out', report, '--policy', policy],
    scratch,
  );
  const { code, stdout, stderr } = run;
  const unchanged = paths.every((p, i) => readFileSync(p).equals(before[i]!));
  const measure = {
    code,
    message: firstMessage(run),
    peakBytes: run.peakBytes,
    ms: run.ms,
    unchanged,
  };
  const checks = [
    check('inputs unchanged', unchanged, true),
    check(
      'within bounds',
      { underMemory: run.peakBytes < CLI_LIMITS.peakBytes, underTime: run.ms < CLI_LIMITS.ms },
      { underMemory: true, underTime: true },
    ),
  ];
  const done = (more: Check[]): CliReport => ({ checks: [...checks, ...more], measure });
  if (want.kind === 'file')
    return done([
      check(
        'exit and message',
        { code, stderr },
        { code: 2, stderr: `${t(want.key, 'zh', want.params)}\n` },
      ),
    ]);
  if (want.kind === 'rejected') {
    // The CLI names the file a refusal comes from (core/issueText); a case of one file says which.
    const file = paths.length === 1 ? basename(paths[0]!) : undefined;
    const lines = want.issues
      .map((i) => {
        const at = i.params?.row !== undefined && file !== undefined;
        const params = { ...(i.params ?? {}), ...(at ? { file } : {}) };
        return `  ${issueText({ messageKey: i.key, params }, 'zh')}\n`;
      })
      .join('');
    return done([
      check(
        'exit and messages',
        { code, stderr, report: existsSync(report) },
        { code: 2, stderr: `${t('cli.inputProblem', 'zh')}\n${lines}`, report: false },
      ),
    ]);
  }
  const exit = check(
    'exit',
    { code, stderr },
    { code: want.findings.length > 0 ? 1 : 0, stderr: '' },
  );
  if (code > 1) return done([exit]);
  const out = JSON.parse(stdout) as JsonOut;
  const plain = withoutParams(want);
  const written = await writtenCells(report);
  return done([
    exit,
    check('outcome', comparable(observeJson(out), plain), expected(plain)),
    check('messages', messageProblems(want.issues, out), []),
    check('written report', writtenProblems(written.cells, written.sheets, c.written), []),
    ...(c.written ? await appraisalChecks(c, paths, policy) : []),
  ]);
}

/** `appraisal <files> --scope all --layout per-department`: the forms obey the same rules. */
async function appraisalChecks(c: HostileCase, paths: string[], policy: string): Promise<Check[]> {
  const out = join(dirname(policy), 'report', '评分表.xlsx');
  const run = await spawnCli(
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
    dirname(policy),
  );
  const { code, stderr } = run;
  if (code !== 0) return [check('appraisal exit', { code, stderr }, { code: 0, stderr: '' })];
  const written = await writtenCells(out);
  const texts = (c.written?.texts ?? []).filter((x) => x.length < 1000);
  return [
    check('appraisal workbook', writtenProblems(written.cells, written.sheets, { texts }), []),
  ];
}
