import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { presetPolicy } from '../../../src/core/policy/presets';
import { summaryCounts } from '../../../src/taskpane/check/Summary';
import { checkPicked } from '../../../src/web/pipeline/checkPicked';
import { readPicked } from '../../../src/web/readPicked';

/** The summary tiles' accessible names the page must show for these files under the default preset. */
export async function expectedTiles(paths: readonly string[]): Promise<string[]> {
  const files = await Promise.all(
    paths.map(async (path) => {
      const data = await readFile(path);
      const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
      return { name: basename(path), bytes };
    }),
  );
  const read = (await readPicked(files)).map((r) => {
    if (!r.ok) throw new Error(`${r.failure.name}: ${r.failure.messageKey}`);
    return r.file;
  });
  const outcome = checkPicked(read, presetPolicy());
  if (!outcome.ok) throw new Error('the sample does not check');
  const c = summaryCounts(outcome.result);
  return [
    `检查人数 ${c.checked}`,
    `不符合条件 ${c.ineligible}`,
    `待核实 ${c.pending}`,
    `超编部门 ${c.overLimit}`,
  ];
}
