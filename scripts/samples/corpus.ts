/**
 * The sample-driven test corpus (test/samples): small input files and one `<case>.expect.json` per
 * case, in the format test/samples/README.md documents. Run by scripts/make-samples.ts, or alone:
 * `npx tsx scripts/samples/corpus.ts`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOD_CASES } from './corpus/goodCases';
import { errorCases } from './corpus/errorCases';
import type { CorpusCase, GoodCase } from './corpus/types';
import { computeExpected } from './expected';
import { marginProblems } from './expected/robustness';
import { jsonText } from './jsonFile';

/** Largest file the corpus may hold. */
export const MAX_CORPUS_FILE = 30 * 1024;

/** Every case, good ones first. */
export async function corpusCases(): Promise<CorpusCase[]> {
  const good: CorpusCase[] = [];
  for (const make of GOOD_CASES) good.push(await make());
  return [...good, ...(await errorCases())];
}

const sameSet = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());

/** Differences between what a good case computes to and what it was meant to show. */
export function caseProblems(c: GoodCase): string[] {
  const out = computeExpected(c.data);
  const problems: string[] = [];
  c.data.members.forEach((m, i) => {
    const meant = c.intents[i] ?? { status: 'eligible' };
    const got = out.members[m.studentId]!;
    const ok =
      got.status === meant.status &&
      sameSet(meant.codes, got.codes) &&
      sameSet(meant.pending, got.pending) &&
      sameSet(meant.info, got.info);
    if (!ok)
      problems.push(
        `${c.name} row ${i}: got ${got.status} [${got.codes.join()}] [${got.pending.join()}], meant ${JSON.stringify(meant)}`,
      );
  });
  const keys = out.findings.map((f) =>
    f.studentId !== undefined
      ? `${f.code}#${f.studentId}`
      : f.department
        ? `${f.code}@${f.department}`
        : f.code,
  );
  if (!sameSet(keys, c.findings)) problems.push(`${c.name}: findings ${keys.join(', ')}`);
  problems.push(...marginProblems(c.data, new Set()).map((p) => `${c.name}: ${p}`));
  for (const [name, bytes] of c.files) {
    if (bytes.length > MAX_CORPUS_FILE)
      problems.push(`${name}: ${bytes.length} bytes, over ${MAX_CORPUS_FILE}`);
  }
  return problems;
}

/** The expect file of a case. */
export function expectFile(c: CorpusCase): unknown {
  const inputs = c.files.map(([name]) => name);
  if (c.kind === 'error') {
    return { description: c.description, inputs, exitCode: 2, messageIncludes: c.messageIncludes };
  }
  const out = computeExpected(c.data);
  const members = Object.fromEntries(
    Object.entries(out.members).map(([id, m]) => [
      id,
      { name: m.name, status: m.status, codes: m.codes, pending: m.pending, info: m.info },
    ]),
  );
  return {
    description: c.description,
    inputs,
    policy: { preset: 'national-school' },
    exitCode: out.exitCode,
    referenceTerm: out.referenceTerm,
    members,
    findings: out.findings.map(({ code, severity, department, studentId }) => ({
      code,
      severity,
      ...(department !== undefined ? { department } : {}),
      ...(studentId !== undefined ? { studentId } : {}),
    })),
    messageIncludes: [],
  };
}

/** Regenerates the corpus in `dir` (its generated files only; README.md stays); returns the paths written. */
export async function writeCorpus(dir: string): Promise<string[]> {
  const cases = await corpusCases();
  const problems = cases.flatMap((c) => (c.kind === 'good' ? caseProblems(c) : []));
  if (problems.length > 0)
    throw new Error(`corpus cases do not match their intent:\n${problems.join('\n')}`);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (/\.(xlsx|xls|csv)$|\.expect\.json$/.test(name)) rmSync(join(dir, name));
  }
  const written: string[] = [];
  for (const c of cases) {
    for (const [name, bytes] of c.files) {
      writeFileSync(join(dir, name), bytes);
      written.push(join(dir, name));
    }
    const expectName = `${c.name}.expect.json`;
    writeFileSync(join(dir, expectName), await jsonText(expectFile(c), join(dir, expectName)));
    written.push(join(dir, expectName));
  }
  return written;
}

if (require.main === module) {
  writeCorpus(join(__dirname, '..', '..', 'test', 'samples')).then(
    (files) => process.stdout.write(files.map((f) => `${f}\n`).join('')),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
