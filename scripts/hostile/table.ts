/**
 * Runs the hostile corpus on the three hosts and writes docs/RELIABILITY.md's case table and
 * figures between their markers, so the document always states what the corpus holds and how the
 * last run went: `npx tsx scripts/hostile/table.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { columnLetter } from '../../src/core/cells';
import { t } from '../../src/core/messages';
import { runAdapter } from '../../test/hostile/hosts/adapter';
import type { Check } from '../../test/hostile/hosts/check';
import { CLI_LIMITS, runCli, type CliMeasure } from '../../test/hostile/hosts/cli';
import { importLine } from './importLine';
import { runCore } from '../../test/hostile/hosts/core';
import { CASES, outcomeFor } from '../../test/hostile/manifest';
import {
  HOSTS,
  type Host,
  type HostileCase,
  type IssueWant,
  type Outcome,
} from '../../test/hostile/types';

const DOC = join(__dirname, '..', '..', 'docs', 'RELIABILITY.md');

type Mark = 'pass' | 'fail' | 'skip';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function place(i: IssueWant): string {
  const at =
    i.col !== undefined
      ? `${columnLetter(i.col)}${i.row ?? ''}`
      : i.row !== undefined
        ? `第 ${i.row} 行`
        : '';
  return i.sheet !== undefined ? `「${i.sheet}」${at}` : at;
}

/** The expected outcome in words, Chinese first. */
export function describeOutcome(o: Outcome): string {
  if (o.kind === 'file')
    return `拒绝读取文件 file refused：${t(o.key, 'zh', o.params)}（\`${o.key}\`）`;
  if (o.kind === 'rejected')
    return `拒绝检查 check refused：${o.issues
      .filter((i) => i.severity === 'error')
      .map((i) => `${t(i.key, 'zh', i.params ?? {})}（\`${i.key}\`）`)
      .join(
        ' ',
      )}${o.issues.length > 1 ? `，另列出 ${o.issues.length - 1} 条逐行提示 (+${o.issues.length - 1} row messages)` : ''}`;
  const { eligible, ineligible, pending } = o.counts;
  const parts = [
    `合格 ${eligible} · 不合格 ${ineligible} · 待核实 ${pending} (eligible · ineligible · pending)`,
  ];
  if (o.findings.length)
    parts.push(`发现 findings：${o.findings.map((f) => `\`${f}\``).join(', ')}`);
  if (o.issues.length)
    parts.push(`提示 messages：${o.issues.map((i) => `\`${i.key}\` ${place(i)}`).join(', ')}`);
  else parts.push('无提示 no messages');
  return parts.join('；');
}

interface Run {
  readonly marks: Record<Host, Mark>;
  readonly cli?: CliMeasure;
  readonly pane: string;
}

async function runHost(
  host: Host,
  c: HostileCase,
  want: Outcome,
  dir: string,
): Promise<{ checks: Check[]; cli?: CliMeasure }> {
  if (host === 'core') return { checks: runCore(c, want) };
  if (host === 'cli') {
    const report = await runCli(c, want, dir);
    return { checks: report.checks, cli: report.measure };
  }
  return { checks: await runAdapter(c, want) };
}

async function runs(dir: string): Promise<Map<string, Run>> {
  const out = new Map<string, Run>();
  for (const c of CASES) {
    const marks = { core: 'skip', cli: 'skip', adapter: 'skip' } as Record<Host, Mark>;
    let cli: CliMeasure | undefined;
    for (const host of HOSTS) {
      const want = outcomeFor(c, host);
      if ('skip' in want) continue;
      try {
        const ran = await runHost(host, c, want, dir);
        cli ??= ran.cli;
        marks[host] = ran.checks.every((k) => isDeepStrictEqual(k.actual, k.expected))
          ? 'pass'
          : 'fail';
      } catch {
        marks[host] = 'fail';
      }
    }
    out.set(c.id, { marks, ...(cli ? { cli } : {}), pane: await importLine(c) });
  }
  return out;
}

const SYMBOL: Record<Mark, string> = { pass: '✓', fail: '✗', skip: '—' };

function table(results: Map<string, Run>): string {
  const lines = [
    '| # | 输入 Input | 预期结果 Expected outcome | 核心 core | 命令行 CLI | 加载项 add-in |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  CASES.forEach((c, n) => {
    const r = results.get(c.id)?.marks;
    const input = `**${c.id}** ${c.input.zh}<br>${c.input.en}`;
    const hostNotes = HOSTS.flatMap((h) => {
      const w = outcomeFor(c, h);
      return 'skip' in w ? [] : w !== c.expect ? [`${h}: ${describeOutcome(w)}`] : [];
    });
    const outcome = [describeOutcome(c.expect), ...hostNotes].join('<br>');
    const m = (h: Host) => SYMBOL[r?.[h] ?? 'skip'];
    lines.push(
      `| ${n + 1} | ${cell(input)} | ${cell(outcome)} | ${m('core')} | ${m('cli')} | ${m('adapter')} |`,
    );
  });
  return lines.join('\n');
}

function figures(results: Map<string, Run>): string {
  const count = (h: Host, m: Mark) => [...results.values()].filter((r) => r.marks[h] === m).length;
  const measured = [...results.values()].flatMap((r) => (r.cli ? [r.cli] : []));
  const peak = Math.max(0, ...measured.map((m) => m.peakBytes));
  const slowest = Math.max(0, ...measured.map((m) => m.ms));
  const lines = [
    `- 输入 Inputs tried: **${CASES.length}** cases, ${CASES.reduce((n, c) => n + c.files().length, 0)} files.`,
    '',
    '| 宿主 Host | 运行 run | 通过 passed | 失败 failed | 不适用 not applicable |',
    '| --- | --- | --- | --- | --- |',
    ...HOSTS.map((h) => {
      const run = count(h, 'pass') + count(h, 'fail');
      return `| ${h} | ${run} | ${count(h, 'pass')} | ${count(h, 'fail')} | ${count(h, 'skip')} |`;
    }),
    '',
    `- 命令行最大峰值内存 CLI peak memory, worst case: **${mb(peak)}** (limit ${mb(CLI_LIMITS.peakBytes)}); ` +
      `最长用时 longest run: **${seconds(slowest)}** (limit ${seconds(CLI_LIMITS.ms)}).`,
  ];
  return lines.join('\n');
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Per case on the command line: exit code, first message line, peak memory, time, input unchanged. */
function measurements(results: Map<string, Run>): string {
  const lines = [
    '| # | 用例 Case | 退出码 Exit | 消息（首行）Message (first line) | 峰值内存 Peak memory | 用时 Time | 输入未改 Input unchanged | 加载项导入 Pane import |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  CASES.forEach((c, n) => {
    const r = results.get(c.id);
    const m = r?.cli;
    const cli = m
      ? `${m.code} | ${cell(m.message) || '—'} | ${mb(m.peakBytes)} | ${seconds(m.ms)} | ${m.unchanged ? '✓' : '✗'}`
      : '— | — | — | — | —';
    lines.push(`| ${n + 1} | ${c.id} | ${cli} | ${cell(r?.pane ?? '—')} |`);
  });
  return lines.join('\n');
}

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- hostile:${name}:start -->`;
  const end = `<!-- hostile:${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/RELIABILITY.md lacks the ${name} markers`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

async function mainScript(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'uc-hostile-table-'));
  try {
    const results = await runs(dir);
    let doc = readFileSync(DOC, 'utf8');
    doc = replaceBetween(doc, 'figures', figures(results));
    doc = replaceBetween(doc, 'table', table(results));
    doc = replaceBetween(doc, 'measures', measurements(results));
    writeFileSync(DOC, doc);
    const failed = [...results.entries()].filter(([, r]) =>
      Object.values(r.marks).includes('fail'),
    );
    process.stdout.write(
      `${CASES.length} cases; failing: ${failed.map(([id]) => id).join(', ') || 'none'}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void mainScript();
