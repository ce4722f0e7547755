import { useCallback, useRef, useState } from 'react';
import type { AppraisalSettings } from '../../core/appraisal/types';
import type { MappingOverride } from '../../core/discovery/types';
import { t, type Lang } from '../../core/messages';
import type { Policy } from '../../core/policy/types';
import type { Issue as PaneIssue } from '../../core/issue';
import { errorText, isAbort } from '../../taskpane/errorText';
import type { CheckProgress } from '../../taskpane/gateway';
import { failureIssue } from '../pageGateway';
import type { JobAnswer, JobRequest } from '../worker/protocol';
import { startJob, type Job } from '../worker/startJob';
import { download } from './download';

/** The page's appraisal, one state at a time. */
export type WebAppraisalState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'working';
      readonly action: 'generate' | 'collect';
      readonly progress: CheckProgress;
    }
  | { readonly status: 'done'; readonly message: string; readonly issues: readonly PaneIssue[] }
  | { readonly status: 'failed'; readonly message?: string; readonly issues: readonly PaneIssue[] };

const START: CheckProgress = { phase: 'read', done: 0, total: 0 };

/** What an answer means for the teacher; a workbook in it is downloaded. */
function settle(answer: JobAnswer, lang: Lang): WebAppraisalState {
  switch (answer.kind) {
    case 'generated': {
      const file = t('web.appraisal.formsFile', lang);
      download(answer.bytes, file);
      const notes = answer.inputIssues.length;
      const extra = notes > 0 ? ` ${t('web.appraisal.inputWarnings', lang, { count: notes })}` : '';
      const { forms, members } = answer;
      return {
        status: 'done',
        message: t('web.appraisal.generated', lang, { forms, members, file }) + extra,
        issues: answer.warnings,
      };
    }
    case 'collected': {
      const file = t('web.appraisal.summaryFile', lang);
      download(answer.bytes, file);
      const { copies, members } = answer;
      return {
        status: 'done',
        message: t('web.appraisal.collected', lang, { copies, members, file }),
        issues: answer.issues,
      };
    }
    case 'unreadable':
      return { status: 'failed', issues: answer.failures.map(failureIssue) };
    case 'refused':
      return { status: 'failed', issues: answer.issues };
    case 'crash':
      return {
        status: 'failed',
        message: t('web.crash', lang, { detail: answer.message }),
        issues: [],
      };
    default:
      return {
        status: 'failed',
        message: t('web.crash', lang, { detail: answer.kind }),
        issues: [],
      };
  }
}

export interface GenerateInput {
  readonly files: readonly File[];
  readonly policy: Policy;
  readonly overrides: readonly MappingOverride[];
  readonly settings: AppraisalSettings;
}

/** 生成评分表 and 汇总评分 in the page's worker, each downloading its workbook. */
export function useWebAppraisal(lang: Lang) {
  const [state, setState] = useState<WebAppraisalState>({ status: 'idle' });
  const job = useRef<Job | null>(null);

  const run = useCallback(
    (action: 'generate' | 'collect', request: JobRequest) => {
      if (job.current) return;
      setState({ status: 'working', action, progress: START });
      const started = startJob(request, (progress) =>
        setState((s) => (s.status === 'working' ? { ...s, progress } : s)),
      );
      job.current = started;
      void started.answer
        .then(
          (answer) => settle(answer, lang),
          (error: unknown): WebAppraisalState =>
            isAbort(error)
              ? { status: 'idle' }
              : { status: 'failed', message: errorText(error, lang), issues: [] },
        )
        .then((next) => {
          job.current = null;
          setState(next);
        });
    },
    [lang],
  );

  const generate = useCallback(
    (input: GenerateInput) =>
      run('generate', {
        kind: 'appraisal',
        files: [...input.files],
        policy: input.policy,
        overrides: input.overrides,
        settings: input.settings,
        lang,
      }),
    [run, lang],
  );
  const collect = useCallback(
    (files: readonly File[]) => run('collect', { kind: 'collect', files: [...files], lang }),
    [run, lang],
  );
  const cancel = useCallback(() => {
    job.current?.cancel();
  }, []);

  return { state, generate, collect, cancel, busy: state.status === 'working' };
}
