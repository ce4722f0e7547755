import type { CheckAnswer, CheckOptions } from '../taskpane/gateway';
import { buildReport } from '../core/report/buildReport';
import { startCheck } from '../core/session';
import type { EtApplication } from './et';
import { throwIfAborted } from './errors';
import { activeBook, isInput, listSheets, type SheetInfo } from './inventory';
import { isReport, reportNames, stamp } from './names';
import { newToken, planMarks, type SheetMarks } from '../core/marks';
import { openHeads, readRest } from './read';
import { writeOrder } from './write';

export interface CheckSettings {
  readonly now: () => Date;
  /** Also write 名单标注 (the annotated roster copy); the pane highlights in place, as in Excel. */
  readonly rosterCopy?: boolean;
}

/**
 * The check in this thread: heads of every input sheet into one session (discovery), the rest of
 * each table sheet in blocks of its needed columns, the verdict, then the report sheets and the
 * highlights in one guarded write. The signal is heard until the write starts; a cancelled
 * check changes nothing.
 */
export async function runCheck(
  app: EtApplication,
  options: CheckOptions,
  settings: CheckSettings,
): Promise<CheckAnswer> {
  const { signal, onProgress: progress } = options;
  throwIfAborted(signal);
  const book = activeBook(app);
  progress?.({ phase: 'discover', done: 0, total: 2 });
  const sheets = listSheets(book);
  const session = startCheck(options.policy, options.overrides ?? []);
  const open = await openHeads(session, sheets.filter(isInput), signal);
  for (const g of options.importedSheets ?? [])
    session.addSheet(
      { ...(g.file !== undefined ? { file: g.file } : {}), sheet: g.sheet },
      g.rows,
      g.firstRow ?? 1,
    );
  progress?.({ phase: 'discover', done: 2, total: 2 });
  const review = session.review();
  const errors = review.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: errors };
  progress?.({ phase: 'read', done: 0, total: 0 });
  await readRest(open, review.mappings, {
    ...(signal ? { signal } : {}),
    onBlock: (done, total) => progress?.({ phase: 'read', done, total }),
  });
  throwIfAborted(signal);
  progress?.({ phase: 'compute', done: 0, total: 1 });
  const outcome = session.finish();
  progress?.({ phase: 'compute', done: 1, total: 1 });
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
  const role = (name: string): string =>
    name === names.report
      ? 'report'
      : name === names.roster
        ? 'roster'
        : name === names.departments
          ? 'departments'
          : name;
  const written = await writeOrder(app, book, {
    token: newToken(),
    sheets: model.sheets.map((s) => ({
      model: s,
      owner: `report:${role(s.name)}`,
      finalName: s.name,
    })),
    marks,
    replaceSheets: sheets.filter(isReport),
    unmark: sheets.filter((s) => s.marks.length > 0),
  });
  progress?.({ phase: 'write', done: 1, total: 1 });
  return { ok: true, value: result, written: { reportSheet: written[0] ?? '' } };
}
