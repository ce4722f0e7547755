import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '../../src/core/policy/serialize';
import type { Policy } from '../../src/core/policy/types';
import { excelHost, wpsHost, type Host } from './hosts';

/** The bundled sample both host suites run on, and its policy. */
export const SAMPLE_DIR = join(__dirname, '../../assets/samples');
export const SAMPLE = join(SAMPLE_DIR, '学生会名单与成绩.xlsx');

export function samplePolicy(): Policy {
  const parsed = parsePolicy(readFileSync(join(SAMPLE_DIR, 'policy.json'), 'utf8'));
  if (!parsed.ok) throw new Error('sample policy must parse');
  return parsed.value;
}

/** Every host behind the pane's contract: one suite, each double. */
export const HOSTS: [string, (file: string) => Promise<Host>][] = [
  ['Excel over the Office.js double', excelHost],
  ['WPS over the ET double', wpsHost],
];
