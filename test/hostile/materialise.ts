import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileBytes } from '../../scripts/hostile/files';
import type { HostileCase } from './types';

/** Writes a case's files into `dir/<case id>/` and returns their paths, roster workbook first. */
export async function materialise(c: HostileCase, dir: string): Promise<string[]> {
  const folder = join(dir, c.id);
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  for (const file of c.files()) {
    const path = join(folder, file.name);
    writeFileSync(path, await fileBytes(file));
    paths.push(path);
  }
  return paths;
}
