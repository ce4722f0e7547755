/**
 * The hostile corpus against the command line (see hosts/cli.ts): each case in its own process of
 * the built CLI (`npm run build:cli` first), under 1 GB of memory and 60 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './hosts/cli';
import { CASES, outcomeFor } from './manifest';

const dir = mkdtempSync(join(tmpdir(), 'uc-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runs = CASES.map((c) => ({ id: c.id, c, want: outcomeFor(c, 'cli') }));

describe.each(runs)('cli: $id', ({ c, want }) => {
  if ('skip' in want) {
    it.skip(`not a command line input: ${want.skip}`, () => undefined);
    return;
  }
  it(c.input.en, async () => {
    const { checks } = await runCli(c, want, dir);
    for (const { what, actual, expected } of checks)
      expect({ what, actual }).toEqual({ what, actual: expected });
  });
});
