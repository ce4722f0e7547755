import type { WorkbookModel } from '../../core/report/sheetModel';
import { buildWorkbook } from '../../cli/io/write/buildWorkbook';

/** The .xlsx bytes of a model, rendered by the command line's own writer. */
export async function modelBytes(model: WorkbookModel): Promise<Uint8Array> {
  const data = await buildWorkbook(model).xlsx.writeBuffer();
  return new Uint8Array(data);
}
