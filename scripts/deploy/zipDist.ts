import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';

/** Every file under `dir` as a zip path ("/"-separated), sorted; the browser test's build is left out. */
export async function packageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('e2e/'))
    .sort();
}

/**
 * The deployable zip: `dist` at the root (so IT unpacks it straight into the web folder) plus any
 * `extra` files (name → content). Refuses a dist without the production manifest.
 */
export async function zipDist(
  dist: string,
  extra: Readonly<Record<string, string>> = {},
): Promise<{ zip: Buffer; files: string[] }> {
  const files = await packageFiles(dist);
  if (!files.includes('manifest.xml') || !files.includes('taskpane.html'))
    throw new Error(`${dist} has no manifest.xml or taskpane.html: build with --env url=… first`);
  const zip = new JSZip();
  // No folder entries: they would carry today's date, and unpacking makes the folders anyway.
  // A fixed date keeps the archive the same for the same build.
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const file of files)
    zip.file(file, await readFile(join(dist, ...file.split('/'))), {
      date,
      createFolders: false,
    });
  for (const [name, content] of Object.entries(extra))
    zip.file(name, content, { date, createFolders: false });
  const buffer = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
  return { zip: buffer, files: [...files, ...Object.keys(extra)].sort() };
}
