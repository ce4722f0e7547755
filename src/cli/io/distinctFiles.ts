import type { Issue } from '../../core/issue';
import { fileIdentity, sameFile, type FileIdentity } from './fileIdentity';

/**
 * The inputs without repeats: one file given twice (the same name, a `..` alias, a symbolic or a
 * hard link) would be read twice and counted twice. Each repeat is left out with a notice naming
 * both spellings (`io.sameFileTwice`).
 */
export async function distinctFiles(
  paths: readonly string[],
): Promise<{ paths: string[]; notices: Issue[] }> {
  const seen: FileIdentity[] = [];
  const notices: Issue[] = [];
  for (const path of paths) {
    const id = await fileIdentity(path);
    const first = seen.find((s) => sameFile(s, id));
    if (first === undefined) seen.push(id);
    else
      notices.push({
        severity: 'warning',
        messageKey: 'io.sameFileTwice',
        params: { file: path, first: first.path },
      });
  }
  return { paths: seen.map((s) => s.path), notices };
}
