/**
 * `npm run bench [-- --quick] [-- --only <core|adapter|pane|cli|page>]`: runs the measurement modules in
 * order, prints one JSON line per measurement on stdout (progress on stderr) and writes
 * bench/results.json with the machine it ran on. A missed target is reported, not a failure; the exit
 * code is non-zero only when a module crashes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchLine, BenchModule, BenchOptions } from './types';

const MODULES = ['core', 'adapter', 'pane', 'cli', 'page'] as const;
const ROOT = join(__dirname, '..', '..');

interface Args {
  readonly quick: boolean;
  readonly only?: string;
}

function parseArgs(argv: readonly string[]): Args {
  let quick = false;
  let only: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') quick = true;
    else if (a === '--only') only = argv[++i];
    else if (a?.startsWith('--only=')) only = a.slice('--only='.length);
    else
      throw new Error(`unknown argument ${a ?? ''}; use --quick and --only <${MODULES.join('|')}>`);
  }
  if (only !== undefined && !(MODULES as readonly string[]).includes(only))
    throw new Error(`--only takes one of ${MODULES.join(', ')}`);
  return { quick, ...(only !== undefined ? { only } : {}) };
}

function machine(): Record<string, string | number> {
  const list = cpus();
  return {
    cpuModel: list[0]?.model ?? 'unknown',
    cpuCount: list.length,
    totalMemoryMB: Math.round(totalmem() / 1024 / 1024),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = join(ROOT, 'bench', 'data');
  mkdirSync(dataDir, { recursive: true });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const options: BenchOptions = { dataDir, quick: args.quick, log };
  const lines: BenchLine[] = [];
  const crashed: string[] = [];
  for (const name of MODULES) {
    if (args.only !== undefined && args.only !== name) continue;
    const file = join(__dirname, `${name}.ts`);
    if (!existsSync(file)) {
      log(`bench: ${name} skipped (scripts/bench/${name}.ts is not there yet)`);
      continue;
    }
    log(`bench: ${name}`);
    const started = Date.now();
    try {
      const mod = (await import(file)) as { measure?: BenchModule };
      if (typeof mod.measure !== 'function') throw new Error(`${name}.ts exports no measure`);
      for (const line of await mod.measure(options)) {
        process.stdout.write(`${JSON.stringify(line)}\n`);
        lines.push(line);
      }
      log(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (e) {
      crashed.push(name);
      log(`bench: ${name} crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  const results = {
    date: new Date().toISOString(),
    quick: args.quick,
    ...(args.only !== undefined ? { only: args.only } : {}),
    machine: machine(),
    crashed,
    lines,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const missed = lines.flatMap((l) =>
    Object.entries(l.targets ?? {})
      .filter(([, met]) => !met)
      .map(([label]) => `${l.name} ${label}`),
  );
  log(`bench: ${lines.length} measurements written to bench/results.json`);
  if (missed.length > 0) log(`bench: targets missed: ${missed.join('; ')}`);
  return crashed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
