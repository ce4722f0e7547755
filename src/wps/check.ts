import type { CheckAnswer, CheckOptions } from '../taskpane/gateway';
import { buildReport } from '../core/report/buildReport';
import type { EtApplication } from './et';
import { throwIfAborted } from './errors';
import { activeBook, type SheetInfo } from './inventory';
import { isReport, reportNames, stamp } from './names';
import { newToken, planMarks, reportOwner, type SheetMarks } from '../core/marks';
import { readBook } from './readBook';
import { writeOrder } from './write';

export interface CheckSettings {
  readonly now: () => Date;
  /** Also write 名单标注 (the annotated roster copy); the pane highlights in place, as in Excel. */
  readonly rosterCopy?: boolean;
}

/**
 * The check in this thread: the workbook read into one session (readBook), then the report sheets
 * and the highlights in one guarded write. The signal is heard until the write starts; a cancelled
 * check changes nothing.
 */
export async function runCheck(
  app: EtApplication,
  options: CheckOptions,
  settings: CheckSettings,
): Promise<CheckAnswer> {
  const { signal, onProgress: progress } = options;
  const book = activeBook(app);
  const { sheets, outcome } = await readBook(book, options);
  if (!outcome.ok) return outcome;
  const { value: result } = outcome;
  throwIfAborted(signal);
  progress?.({ phase: 'write', done: 0, total: 1 });
  const names = reportNames(sheets, options.lang);
  const model = buildReport(result, options.lang, {
    names,
    generatedAt: stamp(settings.now()),
    ...(settings.rosterCopy ? { rosterCopy: true } : {}),
  });
  const marks = new Map<SheetInfo, SheetMarks>();
  for (const [sheet, kinds] of planMarks(result)) {
    const info = sheets.find((s) => s.name === sheet);
    if (info) marks.set(info, kinds);
  }
  const written = await writeOrder(app, book, {
    token: newToken(),
    sheets: model.sheets.map((s) => ({
      model: s,
      owner: reportOwner(names, s.name),
      finalName: s.name,
    })),
    marks,
    replaceSheets: sheets.filter(isReport),
    unmark: sheets.filter((s) => s.marks.length > 0),
  });
  progress?.({ phase: 'write', done: 1, total: 1 });
  return { ok: true, value: result, written: { reportSheet: written[0] ?? '' } };
}
