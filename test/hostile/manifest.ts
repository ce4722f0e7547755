/**
 * The hostile-input corpus: every case with its files (built by scripts/hostile) and the exact
 * outcome each host must produce. The runners (core, cli, adapter) and the table in
 * docs/RELIABILITY.md (scripts/hostile/table.ts) all read this list. A new class of hostile
 * input is one file in cases/ exporting its HostileCase[] (bytes it needs come from a `build`
 * generator in that file) plus one line here.
 */
import { BOUNDS_CASES } from './cases/bounds';
import { FILE_CASES } from './cases/files';
import { FORMAT_CASES } from './cases/formats';
import { ID_CASES } from './cases/ids';
import { INJECTION_CASES } from './cases/injection';
import { SIZE_CASES } from './cases/size';
import { MORE_STRUCTURE_CASES, STRUCTURE_CASES } from './cases/structure';
import { VALUE_CASES } from './cases/values';
import type { Host, HostileCase, Outcome } from './types';

export const CASES: readonly HostileCase[] = [
  ...STRUCTURE_CASES,
  ...MORE_STRUCTURE_CASES,
  ...ID_CASES,
  ...VALUE_CASES,
  ...SIZE_CASES,
  ...INJECTION_CASES,
  ...FILE_CASES,
  ...FORMAT_CASES,
  ...BOUNDS_CASES,
];

/** The outcome `host` must produce for `c`, or the reason the host does not take this input. */
export function outcomeFor(c: HostileCase, host: Host): Outcome | { readonly skip: string } {
  return c.hosts?.[host] ?? c.expect;
}
