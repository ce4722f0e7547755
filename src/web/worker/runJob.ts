import { HEAD_ROWS } from '../../core/session';
import type { CheckProgress } from '../../taskpane/gateway';
import type { ImportFailure, ImportedFile } from '../../taskpane/importer/types';
import { collectAppraisal, generateAppraisal } from '../pipeline/appraisal';
import { checkStreamed } from '../pipeline/checkStreamed';
import { checkReport } from '../pipeline/checkReport';
import { detectPicked } from '../pipeline/detectPicked';
import { modelBytes } from '../pipeline/modelBytes';
import { readPicked } from '../readPicked';
import type { JobAnswer, JobRequest, SentFile } from './protocol';

type Progress = (progress: CheckProgress) => void;
type Read = { ok: true; files: ImportedFile[] } | { ok: false; failures: ImportFailure[] };

const picked = (sent: readonly SentFile[]) => sent.map((file) => ({ name: file.name, blob: file }));

/**
 * Reads every file into sheets, one at a time, counting rows: for 检测 and 汇总, which need the
 * sheets themselves (detection keeps only each sheet's head rows).
 */
async function readAll(
  sent: readonly SentFile[],
  progress: Progress,
  headOnly = false,
): Promise<Read> {
  const files: ImportedFile[] = [];
  const failures: ImportFailure[] = [];
  let rows = 0;
  progress({ phase: 'read', done: 0, total: 0 });
  for (const file of sent) {
    const [result] = await readPicked(picked([file]), headOnly ? HEAD_ROWS : undefined);
    if (!result) continue;
    if (!result.ok) failures.push(result.failure);
    else {
      files.push(result.file);
      rows += result.file.rows;
      progress({ phase: 'read', done: rows, total: 0 });
    }
  }
  // A file that cannot be read stops the job, as it stops the command line.
  return failures.length > 0 ? { ok: false, failures } : { ok: true, files };
}

/** One job of the page's worker, from the picked files to its answer. */
export async function runJob(request: JobRequest, progress: Progress): Promise<JobAnswer> {
  if (request.kind === 'detect' || request.kind === 'collect') {
    const read = await readAll(request.files, progress, request.kind === 'detect');
    if (!read.ok) return { kind: 'unreadable', failures: read.failures };
    if (request.kind === 'detect')
      return { kind: 'detected', detection: detectPicked(read.files, request.overrides) };
    const collected = collectAppraisal(read.files, request.lang);
    if (!collected.ok) return { kind: 'refused', issues: collected.issues };
    const { copies, members, issues } = collected.value;
    return {
      kind: 'collected',
      bytes: await modelBytes(collected.value.model),
      copies,
      members,
      issues,
    };
  }
  // The check and 生成评分表 stream the rows into the check: nothing is held but what it keeps.
  const checked = await checkStreamed(
    picked(request.files),
    request.policy,
    request.overrides,
    progress,
  );
  if (!checked.ok) return { kind: 'unreadable', failures: [...checked.failures] };
  const { outcome } = checked;
  if (request.kind === 'check') {
    if (!outcome.ok) return { kind: 'checked', outcome };
    progress({ phase: 'write', done: 0, total: 0 });
    const model = checkReport(outcome.value, request.lang, request.generatedAt);
    return { kind: 'checked', outcome, report: await modelBytes(model) };
  }
  if (!outcome.ok) return { kind: 'refused', issues: outcome.issues };
  const built = generateAppraisal(outcome.value, request.settings, request.lang);
  if (!built.ok) return { kind: 'refused', issues: built.issues };
  const { layouts } = built.value.build;
  const members = new Set(layouts.flatMap((l) => l.members.map((m) => `${m.studentId}|${m.name}`)));
  return {
    kind: 'generated',
    bytes: await modelBytes(built.value.build.model),
    forms: layouts.length,
    members: members.size,
    warnings: built.value.warnings,
    inputIssues: outcome.value.issues,
  };
}
