import type { ExpectedOutcome } from '../expected';
import { marginProblems } from '../expected/robustness';
import type { MainSample } from './build';
import { PLANTS } from './plan';

/** The union and department findings the demo workbook is built to produce (`code`, `code@department`, `titles#title`, `congress:aspect`). */
export const INTENDED_FINDINGS = [
  'staff-total',
  'presidium',
  'departments',
  'dept-heads@学习部',
  'dept-heads@文体部',
  'dept-staff@权益部',
  'titles#主席助理',
  'titles#秘书长',
  'titles#外联专员',
  'from-colleges',
  'core-ratio',
  'congress:delegate-share',
  'congress:non-cadre-share',
  'congress:year-share',
];

const same = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());

/**
 * Checks the computed outcome against what the plan meant to plant, and the margins of every rank
 * verdict. An empty list means the sample says what its documentation says.
 */
export function verifyMainSample(sample: MainSample, expected: ExpectedOutcome): string[] {
  const problems: string[] = [];
  const planted = new Map(sample.planted.map((p) => [p.studentId, p]));
  for (const [id, got] of Object.entries(expected.members)) {
    const p = planted.get(id);
    const plan = p ? PLANTS.find((x) => x.id === p.id)!.expect : { status: 'eligible' as const };
    const ok =
      got.status === plan.status &&
      same(plan.codes, got.codes) &&
      same(plan.pending, got.pending) &&
      same(plan.info, got.info);
    if (!ok) {
      problems.push(
        `${id} ${got.name} (${p?.id ?? 'clean'}): got ${got.status} [${got.codes.join()}] pending [${got.pending.join()}] info [${got.info.join()}], meant ${JSON.stringify(plan)}`,
      );
    }
  }
  const keys = expected.findings.map((f) => {
    if (f.code === 'titles') return `titles#${String(f.detail.title)}`;
    if (f.code === 'congress') return `congress:${String(f.detail.aspect)}`;
    return f.department ? `${f.code}@${f.department}` : f.code;
  });
  if (!same(keys, INTENDED_FINDINGS)) problems.push(`structure findings: got ${keys.join(', ')}`);
  const bound = sample.planted.find((p) => p.id === 'BOUND')!.studentId;
  problems.push(...marginProblems(sample.data, new Set([bound])));
  return problems;
}
