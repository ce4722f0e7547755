import { getHeapStatistics } from 'node:v8';
import { performance } from 'node:perf_hooks';
import type { CellValue } from '../../../src/core/cells';
import { Collector, discoverWorkbook, evaluate, HEAD_ROWS } from '../../../src/core/pipeline';
import { presetPolicy } from '../../../src/core/policy/presets';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetHead } from '../../../src/core/tables';
import { Prng } from '../../samples/prng';
import { GRADE_HEADER, gradeBlocks, studentsWithin } from './gradeBlocks';
import {
  DELEGATE_HEADER,
  delegateRows,
  pickMembers,
  ROSTER_HEADER,
  rosterRows,
  SANCTION_HEADER,
  sanctionRows,
} from './registers';
import { makeStudents, planCohorts, type Student } from './university';

/** Excel's row limit less the header: a larger export is split over sheets, as a school must. */
const SHEET_DATA_ROWS = 1_048_575;
const BLOCK_ROWS = 10_000;
const MB = 1024 * 1024;

/** Figures of one run of the core over a generated university. */
export interface CoreRun {
  readonly rows: number;
  readonly students: number;
  readonly members: number;
  readonly gradeSheets: number;
  /** Core only: discovery + collect + evaluate + report model (generation excluded). */
  readonly coreMs: number;
  readonly discoverMs: number;
  readonly collectMs: number;
  readonly evaluateMs: number;
  readonly reportMs: number;
  /** CPU time (user + system, all threads) of the same core segments: steadier on a busy machine. */
  readonly coreCpuMs: number;
  /** Time spent generating rows between blocks, not counted in coreMs. */
  readonly generateMs: number;
  readonly heapBaselineMB: number;
  readonly heapPeakMB: number;
  readonly heapAfterGcMB: number;
  readonly findings: number;
  readonly ineligible: number;
  readonly pending: number;
  readonly issues: number;
  readonly reportSheets: number;
}

const heapMB = () => getHeapStatistics().used_heap_size / MB;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

interface Sheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly first: CellValue[][];
  readonly rest: Iterator<CellValue[][]>;
}

function smallSheet(name: string, header: readonly string[], rows: CellValue[][]): Sheet {
  return { name, header, first: rows, rest: [][Symbol.iterator]() };
}

/** Grade sheets, each with its own colleges' students; the first block of each is generated now. */
function gradeSheets(rows: number, prng: Prng): { sheets: Sheet[]; students: Student[] } {
  const count = Math.ceil(rows / SHEET_DATA_ROWS);
  const sheets: Sheet[] = [];
  const students: Student[] = [];
  for (let k = 0; k < count; k++) {
    const quota = Math.floor(rows / count) + (k < rows % count ? 1 : 0);
    const planned = planCohorts(quota, prng.fork(`cohorts${k}`), count, k);
    const own = studentsWithin(makeStudents(planned, prng.fork(`students${k}`)), quota);
    students.push(...own);
    const blocks = gradeBlocks(own, quota, BLOCK_ROWS);
    const first = blocks.next();
    sheets.push({
      name: count === 1 ? '成绩' : `成绩${k + 1}`,
      header: GRADE_HEADER,
      first: first.done ? [] : first.value,
      rest: blocks,
    });
  }
  return { sheets, students };
}

/**
 * One check of a generated university through the hosts' path (discovery on sheet heads, Collector,
 * evaluate, report model), timing only the core: rows are generated block by block between timed
 * segments, the way a reader hands them over, and that time is measured apart.
 */
export function timedCheck(rows: number, rosterSize: number, seed = 20261122): CoreRun {
  const prng = new Prng(seed);
  const { sheets: grades, students } = gradeSheets(rows, prng);
  const members = pickMembers(students, rosterSize, prng.fork('members'));
  const sheets: Sheet[] = [
    smallSheet('学生会名单', ROSTER_HEADER, rosterRows(members, prng.fork('roster'))),
    ...grades,
    smallSheet(
      '处分名单',
      SANCTION_HEADER,
      sanctionRows(students, members, prng.fork('sanctions')),
    ),
    smallSheet(
      '学代会代表',
      DELEGATE_HEADER,
      delegateRows(students, members, prng.fork('delegates')),
    ),
  ];
  const heads: SheetHead[] = sheets.map((s) => ({
    sheet: s.name,
    rows: [[...s.header], ...s.first.slice(0, HEAD_ROWS - 1)],
  }));
  const policy = presetPolicy('national-school');
  policy.studentsServed = students.length;
  gc();
  const heapBaselineMB = heapMB();
  let heapPeakMB = heapBaselineMB;
  let generateMs = 0;
  let collectMs = 0;

  let coreCpuMs = 0;
  let c = cpuMs();
  let t = performance.now();
  const discovery = discoverWorkbook(heads);
  const collector = new Collector(policy, discovery.mappings);
  const discoverMs = performance.now() - t;
  coreCpuMs += cpuMs() - c;
  for (const s of sheets) {
    c = cpuMs();
    t = performance.now();
    collector.push(undefined, s.name, 1, s.header);
    let rowNumber = 2;
    for (const r of s.first) collector.push(undefined, s.name, rowNumber++, r);
    collectMs += performance.now() - t;
    coreCpuMs += cpuMs() - c;
    for (;;) {
      heapPeakMB = Math.max(heapPeakMB, heapMB());
      t = performance.now();
      const next = s.rest.next();
      generateMs += performance.now() - t;
      if (next.done) break;
      c = cpuMs();
      t = performance.now();
      for (const r of next.value) collector.push(undefined, s.name, rowNumber++, r);
      collectMs += performance.now() - t;
      coreCpuMs += cpuMs() - c;
    }
  }
  c = cpuMs();
  t = performance.now();
  const outcome = evaluate(collector.finish(), policy);
  const evaluateMs = performance.now() - t;
  heapPeakMB = Math.max(heapPeakMB, heapMB());
  if (!outcome.ok)
    throw new Error(`the check refused the input: ${JSON.stringify(outcome.issues)}`);
  t = performance.now();
  const model = buildReport(outcome.result, 'zh', { rosterCopy: true, generatedAt: '2026-11-22' });
  const reportMs = performance.now() - t;
  coreCpuMs += cpuMs() - c;
  heapPeakMB = Math.max(heapPeakMB, heapMB());
  gc();
  const heapAfterGcMB = heapMB();
  const result = outcome.result;
  return {
    rows,
    students: students.length,
    members: members.length,
    gradeSheets: grades.length,
    coreMs: discoverMs + collectMs + evaluateMs + reportMs,
    coreCpuMs,
    discoverMs,
    collectMs,
    evaluateMs,
    reportMs,
    generateMs,
    heapBaselineMB,
    heapPeakMB,
    heapAfterGcMB,
    findings: result.findings.length,
    ineligible: result.members.filter((m) => m.status === 'ineligible').length,
    pending: result.members.filter((m) => m.status === 'pending').length,
    issues: result.issues.length,
    reportSheets: model.sheets.length,
  };
}
