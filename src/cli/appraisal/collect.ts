import { basename } from 'node:path';
import { collectFilled } from '../../core/appraisal/collect/collect';
import { t } from '../../core/messages';
import { distinctFiles } from '../io/distinctFiles';
import { prepareOutput } from '../io/output/prepareOutput';
import { writeWorkbookModel } from '../io/writeWorkbook';
import type { CollectOptions } from './args';
import type { AppraisalRun } from './generate';
import { readFilled } from './readFilled';
import { expectedFailure, renderIssues } from './render';

async function collect(opts: CollectOptions): Promise<AppraisalRun> {
  const { lang } = opts;
  await prepareOutput(opts.out, opts.files);
  const { paths, notices } = await distinctFiles(opts.files);
  const files = [];
  for (const path of paths) files.push(await readFilled(path, basename(path)));
  const outcome = collectFilled(files, lang, [], notices);
  if (!outcome.ok) return { exitCode: 2, messages: renderIssues(outcome.issues, lang) };
  await writeWorkbookModel(outcome.value.model, opts.out, { inputs: opts.files });
  const summary = t('appraisal.cli.collected', lang, {
    file: opts.out,
    copies: outcome.value.copies,
    members: outcome.value.members,
    issues: outcome.value.issues.length,
  });
  return {
    exitCode: outcome.value.issues.length > 0 ? 1 : 0,
    messages: [...renderIssues(outcome.value.issues, lang), summary],
  };
}

/**
 * `appraisal collect <filled...>`: gathers filled copies (never modified) into a new workbook whose
 * summary recalculates. Exit 0 complete, 1 written but some scores are missing or out of range, 2 nothing usable.
 */
export async function runAppraisalCollect(opts: CollectOptions): Promise<AppraisalRun> {
  try {
    return await collect(opts);
  } catch (error) {
    const lines = expectedFailure(error, opts.lang);
    if (lines) return { exitCode: 2, messages: lines };
    throw error;
  }
}
