import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { UsageError } from '../args';
import { PolicyFileError } from '../check/loadPolicy';
import { InputFileError } from '../../read/errors';
import { OutputFileError } from '../io/errors';
import type { Issue } from '../../core/issue';

/** One line per issue, in the teacher's language; settings issues say which flag or field. */
export function renderIssues(issues: readonly Issue[], lang: Lang): string[] {
  return issues.map((issue) => `  ${t(issue.messageKey, lang, issue.params)}`);
}

/** The message lines for an expected failure (bad file, bad flag, bad policy); undefined for a bug. */
export function expectedFailure(error: unknown, lang: Lang): string[] | undefined {
  if (
    error instanceof UsageError ||
    error instanceof InputFileError ||
    error instanceof OutputFileError
  )
    return [t(error.messageKey, lang, error.params)];
  if (error instanceof PolicyFileError) return [...error.lines];
  return undefined;
}
