import type { WorkbookModel } from '../../core/report/sheetModel';
import { writeOutputFile, type WriteOutputOptions } from './output/writeOutputFile';
import { buildWorkbook } from './write/buildWorkbook';

export { buildWorkbook } from './write/buildWorkbook';

/** Renders a model to the bytes of an .xlsx file. */
export async function workbookModelToBuffer(model: WorkbookModel): Promise<Buffer> {
  const data = await buildWorkbook(model).xlsx.writeBuffer();
  return Buffer.from(data);
}

/**
 * Writes a model to an .xlsx file through the one output path (`writeOutputFile`): built in memory,
 * written beside the target and renamed into place, so an existing report is replaced whole or not at
 * all. Problems (locked by Excel or WPS, no permission, a folder of that name) raise `OutputFileError`.
 */
export async function writeWorkbookModel(
  model: WorkbookModel,
  path: string,
  options: WriteOutputOptions = {},
): Promise<void> {
  await writeOutputFile(path, () => workbookModelToBuffer(model), options);
}
