import { assertNotAnInput } from './notAnInput';
import { folderBlockedError, outIsFolderError, outIsSpecialError } from './outputErrors';
import { blockingFile, folderOf, isFolder, isSpecialFile } from './outputPlace';

/**
 * Checks `--out` before any input is read, so a teacher does not wait for a long check only to learn
 * the report cannot go there: it must not be an input (by any path), an existing folder, a device or pipe, or lie under
 * a file. Nothing is created here; the writer makes the folder and checks again.
 */
export async function prepareOutput(out: string, inputs: readonly string[]): Promise<void> {
  await assertNotAnInput(out, inputs);
  if (await isFolder(out)) throw outIsFolderError(out);
  if (await isSpecialFile(out)) throw outIsSpecialError(out);
  const folder = folderOf(out);
  const blocker = await blockingFile(folder);
  if (blocker !== undefined) throw folderBlockedError(folder, blocker);
}
