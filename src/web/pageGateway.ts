import type { Issue } from '../core/issue';
import type { PaneGateway } from '../taskpane/gateway';
import type { ImportFailure } from '../taskpane/importer/types';
import { loadStored, saveStored, type SettingsStorage } from './settingsStore';
import type { SentFile } from './worker/protocol';
import { startJob, type Job } from './worker/startJob';

/** A file that could not be read, as the check's input problem (the pane lists those). */
export function failureIssue(failure: ImportFailure): Issue {
  return { severity: 'error', messageKey: failure.messageKey, params: { ...failure.params } };
}

/** The page's side of the pane's gateway, and the last check's report bytes for 下载. */
export interface PageGateway extends PaneGateway {
  /** The report of the last check that ran, until the next one starts. */
  readonly report: () => Uint8Array | undefined;
}

function crash(message: string): Error {
  return new Error(message);
}

/**
 * The pane's gateway over the files the teacher picked instead of an open workbook: the check and
 * detection run in the page's worker, settings live in the browser's storage. There is no
 * workbook to select rows in, mark or add sheets to: those calls do nothing (the page does not
 * offer them, and findings on picked files carry their file, which the pane never links).
 */
export function createPageGateway(
  storage: SettingsStorage,
  files: () => readonly SentFile[],
  start: typeof startJob = startJob,
): PageGateway {
  let report: Uint8Array | undefined;
  const settle = (job: Job, signal?: AbortSignal) => {
    signal?.addEventListener('abort', job.cancel, { once: true });
    return job.answer;
  };
  return {
    report: () => report,
    async check(options) {
      report = undefined;
      const job = start(
        {
          kind: 'check',
          files: files(),
          policy: options.policy,
          overrides: options.overrides ?? [],
          lang: options.lang,
          generatedAt: new Date().toLocaleString('zh-CN'),
        },
        (progress) => options.onProgress?.(progress),
      );
      const answer = await settle(job, options.signal);
      if (answer.kind === 'unreadable')
        return { ok: false, issues: answer.failures.map(failureIssue) };
      if (answer.kind !== 'checked')
        throw crash(answer.kind === 'crash' ? answer.message : answer.kind);
      report = answer.report;
      return answer.outcome;
    },
    async detect() {
      const job = start({ kind: 'detect', files: files(), overrides: [] }, () => undefined);
      const answer = await job.answer;
      if (answer.kind === 'detected') return answer.detection;
      return { mappings: [], sheets: [] };
    },
    loadSettings: () => Promise.resolve(loadStored(storage)),
    saveSettings: (settings) => Promise.resolve().then(() => saveStored(storage, settings)),
    clearMarks: () => Promise.resolve({ removed: 0 }),
    selectRow: () => Promise.resolve(),
    insertSheets: () => Promise.resolve([]),
  };
}
