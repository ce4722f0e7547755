import { OutputFileError } from '../errors';
import { fileIdentity, sameFile } from '../fileIdentity';

/**
 * Refuses an output that is one of the inputs by any route (see `sameFile`). Raises
 * `OutputFileError` (exit 2) naming both files.
 */
export async function assertNotAnInput(out: string, inputs: readonly string[]): Promise<void> {
  const target = await fileIdentity(out);
  for (const input of inputs) {
    if (sameFile(target, await fileIdentity(input)))
      throw new OutputFileError('io.out.isInput', { file: out, input });
  }
}
