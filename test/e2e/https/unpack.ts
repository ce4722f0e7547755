/** Unpacks the deployment zip as IT would, and reads where its manifest says it lives. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { manifestUrls } from '../../../scripts/deploy/manifest';

export interface Unpacked {
  /** Every file in the zip, "/"-separated. */
  readonly files: string[];
  /** The manifest's addresses and the hosting address (the folder taskpane.html is in). */
  readonly urls: string[];
  readonly base: string;
}

/** Writes the zip's files under `dir`; the manifest must be among them. */
export async function unpack(zip: Buffer, dir: string): Promise<Unpacked> {
  const archive = await JSZip.loadAsync(zip);
  const files = Object.values(archive.files).filter((f) => !f.dir);
  for (const file of files) {
    const target = join(dir, ...file.name.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await file.async('nodebuffer'));
  }
  const manifest = await archive.file('manifest.xml')?.async('string');
  if (manifest === undefined) throw new Error('the package has no manifest.xml');
  const urls = manifestUrls(manifest);
  const pane = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? '';
  if (!pane.endsWith('/taskpane.html')) throw new Error(`odd SourceLocation: ${pane}`);
  return {
    files: files.map((f) => f.name).sort(),
    urls,
    base: pane.replace(/taskpane\.html$/, ''),
  };
}
