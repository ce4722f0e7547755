/**
 * Sample-driven tests: every `<name>.expect.json` under test/samples (and the demo sample's
 * expected.json) names its input files and the outcome the command line must produce. Expectations
 * were computed by the sample generator independently of src/core. Files named `error.*` must be
 * rejected with exit code 2 and a message that names what is wrong.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';

interface ExpectedMember {
  name: string;
  status: string;
  codes: string[];
  pending: string[];
  info: string[];
  /** The member's academic record as the generator computed it independently. */
  rank?: { source: string; rank?: number; cohortSize?: number; average?: number };
}
interface JsonAcademic {
  average: number | null;
  rank: number | null;
  cohortSize: number | null;
  rankSource: string | null;
}
interface ExpectedFinding {
  code: string;
  severity: string;
  department?: string;
  studentId?: string;
  evidence?: Record<string, unknown>;
}
interface Expectation {
  description?: string;
  inputs: string[];
  policy?: Record<string, unknown> | string;
  exitCode: number;
  referenceTerm?: string;
  members?: Record<string, ExpectedMember>;
  findings?: ExpectedFinding[];
  messageIncludes?: string[];
}
interface JsonFinding {
  code: string;
  severity: string;
  subject: { kind: string; studentId?: string; department?: string };
  evidence: Record<string, unknown>;
}
interface JsonOut {
  referenceTerm: string | null;
  members: { studentId: string; name: string; status: string; academic: JsonAcademic | null }[];
  findings: JsonFinding[];
}

function cases(dir: string): { name: string; dir: string; expect: Expectation }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expect.json') || f === 'expected.json')
    .sort()
    .map((f) => ({
      name: `${dir.split('/').slice(-2).join('/')}/${f}`,
      dir,
      expect: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expectation,
    }));
}

const all = [
  ...cases(join(__dirname, 'samples')),
  ...cases(join(__dirname, '..', 'assets', 'samples')),
];
const tmp = mkdtempSync(join(tmpdir(), 'uc-samples-'));

async function run(
  dir: string,
  expect: Expectation,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['check', ...expect.inputs.map((f) => join(dir, f)), '--json'];
  if (typeof expect.policy === 'string') args.push('--policy', join(dir, expect.policy));
  else if (expect.policy) {
    const file = join(tmp, `policy-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(expect.policy));
    args.push('--policy', file);
  }
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Eligibility rules (docs/RULES.md §1 eligibility) decide a member's status; titles are structure findings. */
const ELIGIBILITY = new Set(['political', 'rank', 'failed', 'discipline']);

function codesOf(findings: JsonFinding[], studentId: string, severity: string): string[] {
  return [
    ...new Set(
      findings
        .filter(
          (f) =>
            ELIGIBILITY.has(f.code) &&
            f.subject.kind === 'member' &&
            f.subject.studentId === studentId &&
            f.severity === severity,
        )
        .map((f) => f.code),
    ),
  ].sort();
}

function matches(actual: JsonFinding, want: ExpectedFinding): boolean {
  if (actual.code !== want.code || actual.severity !== want.severity) return false;
  if ((actual.subject.kind === 'member') !== (want.studentId !== undefined)) return false;
  if (want.studentId !== undefined && actual.subject.studentId !== want.studentId) return false;
  if (want.department !== undefined && actual.subject.department !== want.department) return false;
  return Object.entries(want.evidence ?? {}).every(([k, v]) => actual.evidence[k] === v);
}

describe.each(all)('$name', ({ dir, expect: want }) => {
  it(want.description ?? 'matches its expected outcome', async () => {
    const { code, stdout, stderr } = await run(dir, want);
    expect({ code, stderr: code === want.exitCode ? '' : stderr }).toEqual({
      code: want.exitCode,
      stderr: '',
    });
    for (const text of want.messageIncludes ?? []) expect(stderr).toContain(text);
    if (want.exitCode === 2) {
      expect(stderr).not.toMatch(/at .+\.(ts|js):\d+/); // a message, never a stack trace
      return;
    }
    const out = JSON.parse(stdout) as JsonOut;
    if (want.referenceTerm) expect(out.referenceTerm).toBe(want.referenceTerm);
    if (want.members) {
      const actual = Object.fromEntries(
        out.members.map((m) => [
          m.studentId,
          {
            name: m.name,
            status: m.status,
            codes: codesOf(out.findings, m.studentId, 'violation'),
            pending: codesOf(out.findings, m.studentId, 'pending'),
          },
        ]),
      );
      const expected = Object.fromEntries(
        Object.entries(want.members).map(([id, m]) => [
          id,
          {
            name: m.name,
            status: m.status,
            codes: [...m.codes].sort(),
            pending: [...m.pending].sort(),
          },
        ]),
      );
      expect(actual).toEqual(expected);
      // Every member's record (average, rank, cohort size), where the generator computed one.
      const records = (
        pick: (m: ExpectedMember['rank'] & object) => unknown[],
        a: (m: JsonAcademic) => unknown[],
      ) => ({
        actual: Object.fromEntries(
          out.members
            .filter((m) => want.members?.[m.studentId]?.rank)
            .map((m) => [m.studentId, m.academic ? a(m.academic) : null]),
        ),
        expected: Object.fromEntries(
          Object.entries(want.members ?? {})
            .filter(([, m]) => m.rank)
            .map(([id, m]) => [id, pick(m.rank!)]),
        ),
      });
      const r = records(
        (m) => [m.source, m.rank ?? null, m.cohortSize ?? null, m.average ?? null],
        (m) => [m.rankSource, m.rank, m.cohortSize, m.average],
      );
      expect(r.actual).toEqual(r.expected);
    }
    if (want.findings) {
      const structural = out.findings.filter(
        (f) => !ELIGIBILITY.has(f.code) && f.severity !== 'info',
      );
      for (const w of want.findings) {
        const found = structural.some((f) => matches(f, w));
        expect({ finding: w, found }).toEqual({ finding: w, found: true });
      }
      const wanted = want.findings.length;
      expect(structural.map((f) => `${f.code}:${f.subject.department ?? ''}`).sort()).toHaveLength(
        wanted,
      );
    }
  });
});
