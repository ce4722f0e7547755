/**
 * Holds the findings on every sample and corpus workbook while the engine is reorganised: the
 * output is compared with test/golden/findings.json. A deliberate change of what the product finds
 * is recorded with `UPDATE_GOLDEN=1 npx jest test/golden` and shows in review as a diff of that file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenCases } from './cases';
import { observe, type Observed } from './observe';

const FILE = join(__dirname, 'findings.json');
const update = process.env.UPDATE_GOLDEN === '1';
const recorded: Record<string, Observed> = existsSync(FILE)
  ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Observed>)
  : {};
const seen: Record<string, Observed> = {};
const cases = goldenCases();

describe('findings on the samples and the corpus stay as recorded', () => {
  it('has a record for every case and no record without a case', () => {
    if (update) return;
    expect(Object.keys(recorded).sort()).toEqual(cases.map((c) => c.name).sort());
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const now = await observe(c);
    seen[name] = now;
    if (!update) expect(now).toEqual(recorded[name]);
  });

  afterAll(() => {
    if (update) writeFileSync(FILE, `${JSON.stringify(seen, null, 1)}\n`);
  });
});
