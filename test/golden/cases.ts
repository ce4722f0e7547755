/**
 * The workbooks whose findings must not move when the code is reorganised: the bundled sample
 * (under its policy and under the default preset) and every case of the sample corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldenCase {
  readonly name: string;
  readonly inputs: readonly string[];
  /** A policy JSON to pass with --policy, if the case has one. */
  readonly policy?: unknown;
}

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'assets', 'samples');
const CORPUS = join(ROOT, 'test', 'samples');

export function goldenCases(): GoldenCase[] {
  const sample = join(SAMPLES, '学生会名单与成绩.xlsx');
  const cases: GoldenCase[] = [
    {
      name: 'sample',
      inputs: [sample],
      policy: JSON.parse(readFileSync(join(SAMPLES, 'policy.json'), 'utf8')) as unknown,
    },
    { name: 'sample-default-preset', inputs: [sample] },
  ];
  for (const file of readdirSync(CORPUS)
    .filter((f) => f.endsWith('.expect.json'))
    .sort()) {
    const expect = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as {
      inputs: string[];
      policy?: unknown;
    };
    cases.push({
      name: file.replace(/\.expect\.json$/, ''),
      inputs: expect.inputs.map((i) => join(CORPUS, i)),
      ...(expect.policy === undefined ? {} : { policy: expect.policy }),
    });
  }
  return cases;
}
