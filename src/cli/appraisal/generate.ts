import { buildAppraisalFromCheck } from '../../core/appraisal/fromCheck';
import { BUILT_IN_TEMPLATES } from '../../core/appraisal/templates';
import { t } from '../../core/messages';
import { checkFiles } from '../check/checkFiles';
import { loadPolicy } from '../check/loadPolicy';
import { prepareOutput } from '../io/output/prepareOutput';
import { writeWorkbookModel } from '../io/writeWorkbook';
import type { GenerateOptions } from './args';
import { loadTemplate } from './loadTemplate';
import { expectedFailure, renderIssues } from './render';
import { settingsFromOptions } from './settingsFromOptions';

export interface AppraisalRun {
  /** 0 written; 2 the input or a setting is wrong (nothing written). */
  readonly exitCode: number;
  readonly messages: string[];
}

/** Problems reading the roster do not stop the forms; the check command lists them one by one. */
function inputWarnings(count: number, lang: GenerateOptions['lang']): string[] {
  return count > 0 ? [t('appraisal.cli.inputWarnings', lang, { count })] : [];
}

/** Every file the run reads: the workbooks, and the template and policy when they are files. */
function readFiles(opts: GenerateOptions): string[] {
  return [
    ...opts.inputs,
    ...(Object.hasOwn(BUILT_IN_TEMPLATES, opts.template) ? [] : [opts.template]),
    ...(opts.policy !== undefined ? [opts.policy] : []),
  ];
}

async function generate(opts: GenerateOptions): Promise<AppraisalRun> {
  const { lang } = opts;
  const inputs = readFiles(opts);
  await prepareOutput(opts.out, inputs);
  const template = await loadTemplate(opts.template);
  if (!template.ok) return { exitCode: 2, messages: renderIssues(template.issues, lang) };
  const settings = settingsFromOptions(opts, template.value);
  if (!settings.ok)
    return {
      exitCode: 2,
      messages: [t('appraisal.cli.settingsProblem', lang), ...renderIssues(settings.issues, lang)],
    };
  const policy = await loadPolicy(
    {
      ...(opts.preset ? { preset: opts.preset } : {}),
      ...(opts.policy ? { policy: opts.policy } : {}),
    },
    lang,
  );
  const outcome = await checkFiles(opts.inputs, policy);
  if (!outcome.ok)
    return {
      exitCode: 2,
      messages: [t('cli.inputProblem', lang), ...renderIssues(outcome.issues, lang)],
    };
  const built = buildAppraisalFromCheck({
    result: outcome.value,
    attendance: outcome.value.attendance,
    settings: settings.value,
    lang,
  });
  if (!built.ok) return { exitCode: 2, messages: renderIssues(built.issues, lang) };
  await writeWorkbookModel(built.value.build.model, opts.out, { inputs });
  const { layouts } = built.value.build;
  const members = new Set(layouts.flatMap((l) => l.members.map((m) => `${m.studentId}|${m.name}`)))
    .size;
  return {
    exitCode: 0,
    messages: [
      ...inputWarnings(outcome.value.issues.length, lang),
      ...renderIssues(built.value.warnings, lang),
      t('appraisal.cli.generated', lang, {
        file: opts.out,
        forms: layouts.length,
        members,
        groups: settings.value.groups.length,
      }),
    ],
  };
}

/** `appraisal <workbook...>`: reads the roster (never writes it), writes the forms and the summary to `out`. */
export async function runAppraisalGenerate(opts: GenerateOptions): Promise<AppraisalRun> {
  try {
    return await generate(opts);
  } catch (error) {
    const lines = expectedFailure(error, opts.lang);
    if (lines) return { exitCode: 2, messages: lines };
    throw error;
  }
}
