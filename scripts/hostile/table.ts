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
import { runCli } from '../../test/hostile/hosts/cli';
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

async function runHost(host: Host, c: HostileCase, want: Outcome, dir: string): Promise<Check[]> {
  if (host === 'core') return runCore(c, want);
  if (host === 'cli') return runCli(c, want, dir);
  return runAdapter(c, want);
}

async function marks(dir: string): Promise<Map<string, Record<Host, Mark>>> {
  const out = new Map<string, Record<Host, Mark>>();
  for (const c of CASES) {
    const row = { core: 'skip', cli: 'skip', adapter: 'skip' } as Record<Host, Mark>;
    for (const host of HOSTS) {
      const want = outcomeFor(c, host);
      if ('skip' in want) continue;
      try {
        const checks = await runHost(host, c, want, dir);
        row[host] = checks.every((k) => isDeepStrictEqual(k.actual, k.expected)) ? 'pass' : 'fail';
      } catch {
        row[host] = 'fail';
      }
    }
    out.set(c.id, row);
  }
  return out;
}

const SYMBOL: Record<Mark, string> = { pass: '✓', fail: '✗', skip: '—' };

function table(results: Map<string, Record<Host, Mark>>): string {
  const lines = [
    '| # | 输入 Input | 预期结果 Expected outcome | 核心 core | 命令行 CLI | 加载项 add-in |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  CASES.forEach((c, n) => {
    const r = results.get(c.id);
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

function figures(results: Map<string, Record<Host, Mark>>): string {
  const count = (h: Host, m: Mark) => [...results.values()].filter((r) => r[h] === m).length;
  const lines = [
    `- 输入 Inputs tried: **${CASES.length}** cases, ${CASES.reduce((n, c) => n + c.files().length, 0)} files.`,
    '',
    '| 宿主 Host | 运行 run | 通过 passed | 失败 failed | 不适用 not applicable |',
    '| --- | --- | --- | --- | --- |',
    ...HOSTS.map((h) => {
      const run = count(h, 'pass') + count(h, 'fail');
      return `| ${h} | ${run} | ${count(h, 'pass')} | ${count(h, 'fail')} | ${count(h, 'skip')} |`;
    }),
  ];
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
    const results = await marks(dir);
    let doc = readFileSync(DOC, 'utf8');
    doc = replaceBetween(doc, 'figures', figures(results));
    doc = replaceBetween(doc, 'table', table(results));
    writeFileSync(DOC, doc);
    const failed = [...results.entries()].filter(([, r]) => Object.values(r).includes('fail'));
    process.stdout.write(
      `${CASES.length} cases; failing: ${failed.map(([id]) => id).join(', ') || 'none'}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void mainScript();
