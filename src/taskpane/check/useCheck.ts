import { startTransition, useCallback, useRef, useState } from 'react';
import type { Lang } from '../../core/messages';
import type { CheckResult } from '../../core/result';
import { errorText, isAbort } from '../errorText';
import type { CheckOptions, CheckProgress, PaneGateway } from '../gateway';
import type { Issue } from '../../core/issue';

/** The check workflow, one state at a time. */
export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly progress: CheckProgress; readonly cancelling: boolean }
  | { readonly status: 'checked'; readonly result: CheckResult; readonly reportSheet?: string }
  | { readonly status: 'rejected'; readonly issues: readonly Issue[] }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'cancelled' };

export type CheckRequest = Omit<CheckOptions, 'lang' | 'onProgress' | 'signal'>;

export interface CheckController {
  readonly state: CheckState;
  /** Starts a check; ignored while one runs. */
  readonly run: (request: CheckRequest) => void;
  /** Asks the running check to stop; the state turns `cancelled` when it has. */
  readonly cancel: () => void;
  /** Back to idle (after the marks were cleared, the old result no longer matches the sheet). */
  readonly reset: () => void;
}

const START: CheckProgress = { phase: 'discover', done: 0, total: 0 };

/** Runs 一键检查 through the gateway: progress, cancel, and the outcome as a state union. */
export function useCheck(gateway: PaneGateway, lang: Lang): CheckController {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);

  const run = useCallback(
    (request: CheckRequest) => {
      // A second click while a check runs must not start a second one (the button is disabled too).
      if (running.current) return;
      const abort = new AbortController();
      running.current = abort;
      setState({ status: 'reading', progress: START, cancelling: false });
      const onProgress = (progress: CheckProgress) =>
        setState((s) => (s.status === 'reading' ? { ...s, progress } : s));
      const settle = async (): Promise<CheckState> => {
        try {
          const answer = await gateway.check({
            ...request,
            lang,
            onProgress,
            signal: abort.signal,
          });
          if (abort.signal.aborted) return { status: 'cancelled' };
          if (!answer.ok) return { status: 'rejected', issues: answer.issues };
          const reportSheet = answer.written?.reportSheet;
          return reportSheet === undefined
            ? { status: 'checked', result: answer.value }
            : { status: 'checked', result: answer.value, reportSheet };
        } catch (error) {
          return abort.signal.aborted || isAbort(error)
            ? { status: 'cancelled' }
            : { status: 'failed', message: errorText(error, lang) };
        }
      };
      void settle().then((next) => {
        running.current = null;
        // A transition: React draws the result in slices that yield to the browser, not as one
        // long task (the findings of 500 flagged members take hundreds of ms to render).
        startTransition(() => setState(next));
      });
    },
    [gateway, lang],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    running.current.abort();
    setState((s) => (s.status === 'reading' ? { ...s, cancelling: true } : s));
  }, []);

  const reset = useCallback(() => {
    if (!running.current) setState({ status: 'idle' });
  }, []);

  return { state, run, cancel, reset };
}
