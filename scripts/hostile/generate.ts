/**
 * Writes every hostile case's input files into a folder, one sub-folder per case, to open them in
 * Excel or WPS by hand: `npx tsx scripts/hostile/generate.ts /tmp/hostile`. The tests build the
 * same files themselves into a temporary folder; nothing generated is committed.
 */
import { CASES } from '../../test/hostile/manifest';
import { materialise } from '../../test/hostile/materialise';

async function generate(dir: string): Promise<void> {
  for (const c of CASES) {
    const paths = await materialise(c, dir);
    process.stdout.write(`${c.id}: ${paths.length} file(s)\n`);
  }
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: tsx scripts/hostile/generate.ts <folder>\n');
    process.exitCode = 2;
  } else void generate(dir);
}
