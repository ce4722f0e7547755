/** The hostile corpus against the core alone (see hosts/core.ts). */
import { runCore } from './hosts/core';
import { CASES, outcomeFor } from './manifest';

const runs = CASES.map((c) => ({ id: c.id, c, want: outcomeFor(c, 'core') }));

describe.each(runs)('core: $id', ({ c, want }) => {
  if ('skip' in want) {
    it.skip(`not a core input: ${want.skip}`, () => undefined);
    return;
  }
  it(c.input.en, () => {
    for (const { what, actual, expected } of runCore(c, want))
      expect({ what, actual }).toEqual({ what, actual: expected });
  });
});
