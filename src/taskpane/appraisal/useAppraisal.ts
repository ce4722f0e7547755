import { useCallback, useRef, useState } from 'react';
import type { AppraisalSettings } from '../../core/appraisal/types';
import type { MappingOverride } from '../../core/discovery/types';
import { t, type Lang } from '../../core/messages';
import type { Policy } from '../../core/policy/types';
import { errorText } from '../errorText';
import type { AppraisalAnswer, CheckProgress, CollectAnswer, PaneGateway } from '../gateway';
import type { Issue } from '../../core/issue';

/** The gateway's appraisal half, present (App shows the tab only then). */
export type AppraisalGateway = Required<Pick<PaneGateway, 'appraisal' | 'collectAppraisal'>>;

/** What 汇总评分 found, besides the problems. */
export interface CollectSummary {
  readonly copies: number;
  readonly members: number;
  readonly summarySheet?: string;
  readonly issuesSheet?: string;
}

/** The appraisal workflow, one state at a time. */
export type AppraisalState =
  | { readonly status: 'idle' }
  | { readonly status: 'generating'; readonly progress: CheckProgress }
  /** Earlier forms hold typed scores: generating again needs the teacher's yes. */
  | { readonly status: 'confirm'; readonly copies: number }
  | {
      readonly status: 'generated';
      readonly sheets: readonly string[];
      readonly forms: number;
      readonly members: number;
      readonly warnings: readonly Issue[];
      readonly inputIssues: number;
    }
  | { readonly status: 'collecting' }
  | {
      readonly status: 'collected';
      readonly summary: CollectSummary;
      readonly issues: readonly Issue[];
    }
  | {
      readonly status: 'failed';
      readonly action: 'generate' | 'collect';
      readonly message?: string;
      readonly issues: readonly Issue[];
    };

export interface GenerateRequest {
  readonly policy: Policy;
  readonly overrides: readonly MappingOverride[];
  readonly settings: AppraisalSettings;
}

export interface AppraisalController {
  readonly state: AppraisalState;
  /** 生成评分表; ignored while an action runs. */
  readonly generate: (request: GenerateRequest) => void;
  /** After `confirm`: generate again, replacing the filled forms. */
  readonly overwrite: () => void;
  /** After `confirm`: keep the filled forms. */
  readonly keep: () => void;
  /** 汇总评分; ignored while an action runs. */
  readonly collect: () => void;
  readonly busy: boolean;
}

const START: CheckProgress = { phase: 'discover', done: 0, total: 0 };

/** The adapter's failure in words about the appraisal (its write message speaks of the check's report). */
function failureText(error: unknown, lang: Lang): string {
  if (typeof error === 'object' && error !== null && 'messageKey' in error) {
    const e = error as { messageKey: unknown; params?: Record<string, string | number> };
    if (e.messageKey === 'excel.writeFailed')
      return t('ui.appraisal.writeFailed', lang, e.params ?? {});
  }
  return errorText(error, lang);
}

function afterGenerate(answer: AppraisalAnswer): AppraisalState {
  if (answer.status === 'filled') return { status: 'confirm', copies: answer.copies };
  if (answer.status === 'rejected')
    return { status: 'failed', action: 'generate', issues: answer.issues };
  const { sheets, forms, members, warnings } = answer;
  return {
    status: 'generated',
    sheets,
    forms,
    members,
    warnings,
    inputIssues: answer.inputIssues.length,
  };
}

function afterCollect(answer: CollectAnswer, lang: Lang): AppraisalState {
  if (answer.status === 'no-forms')
    return {
      status: 'failed',
      action: 'collect',
      message: t('ui.appraisal.noForms', lang),
      issues: [],
    };
  if (answer.status === 'rejected')
    return { status: 'failed', action: 'collect', issues: answer.issues };
  const { copies, members, summarySheet, issuesSheet } = answer;
  const summary: CollectSummary = {
    copies,
    members,
    ...(summarySheet !== undefined ? { summarySheet } : {}),
    ...(issuesSheet !== undefined ? { issuesSheet } : {}),
  };
  return { status: 'collected', summary, issues: answer.issues };
}

/** Runs 生成评分表 and 汇总评分 through the gateway, with the outcome as a state union. */
export function useAppraisal(gateway: AppraisalGateway, lang: Lang): AppraisalController {
  const [state, setState] = useState<AppraisalState>({ status: 'idle' });
  const running = useRef(false);
  const last = useRef<GenerateRequest | undefined>(undefined);

  const act = useCallback(
    (
      action: 'generate' | 'collect',
      start: AppraisalState,
      work: () => Promise<AppraisalState>,
    ) => {
      // A second click while an action runs must not start another (the buttons are disabled too).
      if (running.current) return;
      running.current = true;
      setState(start);
      void work()
        .catch((error: unknown): AppraisalState => ({
          status: 'failed',
          action,
          message: failureText(error, lang),
          issues: [],
        }))
        .then((next) => {
          running.current = false;
          setState(next);
        });
    },
    [lang],
  );

  const run = useCallback(
    (request: GenerateRequest, overwrite: boolean) => {
      last.current = request;
      const onProgress = (progress: CheckProgress) =>
        setState((s) => (s.status === 'generating' ? { ...s, progress } : s));
      act('generate', { status: 'generating', progress: START }, async () =>
        afterGenerate(
          await gateway.appraisal({
            ...request,
            lang,
            onProgress,
            ...(overwrite ? { overwrite } : {}),
          }),
        ),
      );
    },
    [act, gateway, lang],
  );

  const generate = useCallback((request: GenerateRequest) => run(request, false), [run]);
  const overwrite = useCallback(() => {
    if (last.current) run(last.current, true);
  }, [run]);
  const keep = useCallback(() => {
    if (!running.current) setState({ status: 'idle' });
  }, []);
  const collect = useCallback(
    () =>
      act('collect', { status: 'collecting' }, async () =>
        afterCollect(
          await gateway.collectAppraisal({ lang, file: t('ui.appraisal.thisWorkbook', lang) }),
          lang,
        ),
      ),
    [act, gateway, lang],
  );

  const busy = state.status === 'generating' || state.status === 'collecting';
  return { state, generate, overwrite, keep, collect, busy };
}
