/** The hostile corpus against the command line (see hosts/cli.ts). */
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
    for (const { what, actual, expected } of await runCli(c, want, dir))
      expect({ what, actual }).toEqual({ what, actual: expected });
  });
});
