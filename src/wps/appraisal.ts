import { collectFilled } from '../core/appraisal/collect/collect';
import { buildAppraisalFromCheck } from '../core/appraisal/fromCheck';
import { newToken } from '../core/marks';
import type { Lang } from '../core/messages';
import type { AppraisalAnswer, AppraisalRequest } from '../taskpane/gateway';
import { generatedKey, isAppraisalSheet, isGeneratedAppraisal } from './appraisalOwner';
import type { EtApplication } from './et';
import { readGrids } from './grids';
import { activeBook, listSheets, type SheetInfo } from './inventory';
import { readBook } from './readBook';
import { writeOrder } from './write';

/** How many of the earlier forms hold scores someone typed (suggestions alone do not count). */
async function filledCopies(previous: readonly SheetInfo[], lang: Lang): Promise<number> {
  if (previous.length === 0) return 0;
  const outcome = collectFilled([{ file: '', sheets: await readGrids(previous) }], lang);
  return outcome.ok ? outcome.value.copies : 0;
}

/**
 * 生成评分表 in WPS, as the Excel adapter does it (src/excel/appraisal.ts) on the same core: the
 * teacher's sheets read like the check, the forms and 考核汇总 built by the core, then one guarded
 * write that replaces every earlier appraisal sheet. Forms that hold typed scores stop it unless
 * the teacher confirmed (`overwrite`). Names the teacher's sheets use are reserved before the forms
 * are named, so the summary's formulas always point at the product's forms.
 */
export async function runAppraisal(
  app: EtApplication,
  options: AppraisalRequest,
): Promise<AppraisalAnswer> {
  const { lang, onProgress: progress } = options;
  const book = activeBook(app);
  const before = listSheets(book);
  if (!options.overwrite) {
    const copies = await filledCopies(before.filter(isGeneratedAppraisal), lang);
    if (copies > 0) return { status: 'filled', copies };
  }
  const { sheets, outcome } = await readBook(book, {
    policy: options.policy,
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(progress ? { onProgress: progress } : {}),
  });
  if (!outcome.ok) return { status: 'rejected', issues: outcome.issues };
  const previous = sheets.filter(isAppraisalSheet);
  const built = buildAppraisalFromCheck({
    result: outcome.value,
    attendance: outcome.value.attendance,
    settings: options.settings,
    lang,
    reservedSheetNames: sheets.filter((s) => !previous.includes(s)).map((s) => s.name),
  });
  if (!built.ok) return { status: 'rejected', issues: built.issues };
  const { model, layouts } = built.value.build;
  progress?.({ phase: 'write', done: 0, total: 1 });
  const written = await writeOrder(app, book, {
    token: newToken(),
    sheets: model.sheets.map((s) => ({ model: s, owner: generatedKey(s), finalName: s.name })),
    marks: new Map(),
    replaceSheets: previous,
    unmark: [],
  });
  progress?.({ phase: 'write', done: 1, total: 1 });
  const members = new Set(layouts.flatMap((l) => l.members.map((m) => `${m.studentId}|${m.name}`)));
  return {
    status: 'generated',
    sheets: written,
    forms: layouts.length,
    members: members.size,
    warnings: built.value.warnings,
    inputIssues: outcome.value.issues,
  };
}
