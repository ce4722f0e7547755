/**
 * The production dependencies of the add-in and the command line, read from package-lock.json: what
 * `npm audit --omit=dev` would examine. The registry's audit endpoint is not reachable from the
 * build machine (it answers 405), so this list is what a person or an online CI step must audit.
 * Run `npx tsx test/security/prodDeps.ts` to print it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  readonly version?: string;
  readonly integrity?: string;
  readonly license?: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly optional?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { optional?: boolean }>>;
}

interface Lock {
  readonly lockfileVersion: number;
  readonly packages: Readonly<Record<string, LockEntry>>;
}

/** One installed production package. */
export interface ProdPackage {
  readonly path: string;
  readonly name: string;
  readonly version: string;
  readonly integrity?: string;
  readonly license?: string;
}

const ROOT = join(__dirname, '..', '..');

/** package-lock.json of the repository. */
export function readLock(): Lock {
  return JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** Where Node would find `name` required from the package at `from` (the lock's own layout). */
function resolve(lock: Lock, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const up = base.lastIndexOf('/node_modules/');
    base = up < 0 ? '' : base.slice(0, up);
  }
}

/** Packages reachable from the root's `dependencies` (with their optional and required peers). */
export function productionClosure(lock: Lock): Set<string> {
  const seen = new Set<string>();
  const queue = [''];
  while (queue.length > 0) {
    const at = queue.pop()!;
    const entry = lock.packages[at];
    if (!entry) continue;
    const peers = Object.keys(entry.peerDependencies ?? {}).filter(
      (p) => !entry.peerDependenciesMeta?.[p]?.optional,
    );
    const wanted = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...peers,
    ];
    for (const name of wanted) {
      const found = resolve(lock, at, name);
      if (found && !seen.has(found)) {
        seen.add(found);
        queue.push(found);
      }
    }
  }
  return seen;
}

/** Production packages as npm marks them (neither `dev` nor `devOptional`). */
export function productionPackages(lock: Lock): ProdPackage[] {
  return Object.entries(lock.packages)
    .filter(([path, e]) => path !== '' && !e.dev && !e.devOptional)
    .map(([path, e]) => ({
      path,
      name: nameOf(path),
      version: e.version ?? '',
      ...(e.integrity ? { integrity: e.integrity } : {}),
      ...(e.license ? { license: e.license } : {}),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

if (require.main === module) {
  const list = productionPackages(readLock());
  for (const p of list) process.stdout.write(`${p.name}@${p.version}\t${p.license ?? '?'}\n`);
  process.stdout.write(`${list.length} production packages\n`);
}
