/** The hostile corpus against the Excel adapter over the test double (see hosts/adapter.ts). */
import { runAdapter } from './hosts/adapter';
import { CASES, outcomeFor } from './manifest';

const runs = CASES.map((c) => ({ id: c.id, c, want: outcomeFor(c, 'adapter') }));

describe.each(runs)('adapter: $id', ({ c, want }) => {
  if ('skip' in want) {
    it.skip(`not an adapter input: ${want.skip}`, () => undefined);
    return;
  }
  it(c.input.en, async () => {
    for (const { what, actual, expected } of await runAdapter(c, want))
      expect({ what, actual }).toEqual({ what, actual: expected });
  });
});
