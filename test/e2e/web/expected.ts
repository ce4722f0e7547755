import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { presetPolicy } from '../../../src/core/policy/presets';
import { summarize } from '../../../src/core/summary';
import { checkPicked } from '../../../src/web/pipeline/checkPicked';
import { readPicked } from '../../../src/web/readPicked';

/** The summary tiles' accessible names the page must show for these files under the default preset. */
export async function expectedTiles(paths: readonly string[]): Promise<string[]> {
  const files = await Promise.all(
    paths.map(async (path) => {
      const data = await readFile(path);
      return { name: basename(path), blob: new Blob([new Uint8Array(data)]) };
    }),
  );
  const read = (await readPicked(files)).map((r) => {
    if (!r.ok) throw new Error(`${r.failure.name}: ${r.failure.messageKey}`);
    return r.file;
  });
  const outcome = checkPicked(read, presetPolicy());
  if (!outcome.ok) throw new Error('the sample does not check');
  const c = summarize(outcome.value).counts;
  return [
    `检查人数 ${c.checked}`,
    `不符合条件 ${c.ineligible}`,
    `待核实 ${c.pending}`,
    `人数不符合规定的部门 ${c.departmentsBreakingLimits}`,
  ];
}
