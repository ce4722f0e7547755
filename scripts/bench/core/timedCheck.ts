import { getHeapStatistics } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CellValue, Row } from '../../../src/core/cells';
import type * as PipelineModule from '../../../src/core/pipeline';
import type * as PresetsModule from '../../../src/core/policy/presets';
import type * as BuildReportModule from '../../../src/core/report/buildReport';
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

// The compiled core (lib/, built by ensureCliBuilt), as every host runs it: under tsx each call
// from one module to another goes through a getter (about 0.5 s at 1.2M rows), which would be
// measured instead of the core.
const LIB = join(__dirname, '..', '..', '..', 'lib');
const requireLib = createRequire(join(LIB, 'index.js'));
const { Collector, discoverWorkbook, evaluate, HEAD_ROWS } = requireLib(
  join(LIB, 'core/pipeline'),
) as typeof PipelineModule;
const { presetPolicy } = requireLib(join(LIB, 'core/policy/presets')) as typeof PresetsModule;
const { buildReport } = requireLib(
  join(LIB, 'core/report/buildReport'),
) as typeof BuildReportModule;

/** Excel's row limit less the header: a larger export is split over sheets, as a school must. */
const SHEET_DATA_ROWS = 1_048_575;
const BLOCK_ROWS = 2_000;
const MB = 1024 * 1024;

/** Figures of one run of the core over a generated university. */
export interface CoreRun {
  readonly rows: number;
  readonly students: number;
  readonly members: number;
  readonly gradeSheets: number;
  /** Core only: discovery + collect + evaluate + report model; generating the rows is not counted. */
  readonly coreMs: number;
  readonly discoverMs: number;
  readonly collectMs: number;
  readonly evaluateMs: number;
  readonly reportMs: number;
  /** CPU time of the phases. */
  readonly collectCpuMs: number;
  readonly evaluateCpuMs: number;
  readonly reportCpuMs: number;
  /** CPU time (user + system, all threads) of the same core segments: steadier on a busy machine. */
  readonly coreCpuMs: number;
  /** Generating the rows between the timed pushes: not in coreMs. */
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

interface University {
  readonly sheets: Sheet[];
  readonly students: number;
  readonly members: number;
  readonly gradeSheets: number;
}

/** The generated workbook: roster, grade sheets (first blocks generated, the rest on demand), registers. */
function university(rows: number, rosterSize: number, seed: number): University {
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
  return {
    sheets,
    students: students.length,
    members: members.length,
    gradeSheets: grades.length,
  };
}

interface Clock {
  wall: number;
  cpu: number;
}

const now = (): Clock => ({ wall: performance.now(), cpu: cpuMs() });
const since = (a: Clock): Clock => {
  const b = now();
  return { wall: b.wall - a.wall, cpu: b.cpu - a.cpu };
};
const addTo = (sum: Clock, a: Clock): void => {
  sum.wall += a.wall;
  sum.cpu += a.cpu;
};

type Push = (sheet: string, rowNumber: number, row: Row) => void;

/**
 * Hands every row to `push` as a reader would, generating each block just before it is pushed. Only
 * the pushing is timed into `core`; the generating is timed into `rows`.
 */
function feed(
  sheets: readonly Sheet[],
  push: Push,
  afterBlock: () => void,
  core: Clock,
  rows: Clock,
): void {
  for (const s of sheets) {
    let t = now();
    push(s.name, 1, s.header);
    let rowNumber = 2;
    for (const r of s.first) push(s.name, rowNumber++, r);
    addTo(core, since(t));
    for (;;) {
      afterBlock();
      t = now();
      const next = s.rest.next();
      addTo(rows, since(t));
      if (next.done) break;
      t = now();
      for (const r of next.value) push(s.name, rowNumber++, r);
      addTo(core, since(t));
    }
  }
}

/**
 * One check of a generated university through the hosts' path (discovery on sheet heads, Collector,
 * evaluate, report model). Rows are generated block by block while the core reads them, the way a
 * reader hands them over; only the core's calls are timed, the generating is timed apart.
 */
export function timedCheck(rows: number, rosterSize: number, seed = 20261122): CoreRun {
  const u = university(rows, rosterSize, seed);
  const heads: SheetHead[] = u.sheets.map((s) => ({
    sheet: s.name,
    rows: [[...s.header], ...s.first.slice(0, HEAD_ROWS - 1)],
  }));
  const policy = presetPolicy('national-school');
  policy.studentsServed = u.students;
  gc();
  const heapBaselineMB = heapMB();
  let heapPeakMB = heapBaselineMB;
  const sample = () => {
    heapPeakMB = Math.max(heapPeakMB, heapMB());
  };

  const start = now();
  const discovery = discoverWorkbook(heads);
  const collector = new Collector(policy, discovery.mappings);
  const discover = since(start);
  const collect: Clock = { wall: 0, cpu: 0 };
  const reader: Clock = { wall: 0, cpu: 0 };
  const push: Push = (sheet, n, row) => collector.push(undefined, sheet, n, row);
  feed(u.sheets, push, sample, collect, reader);
  let t = now();
  const outcome = evaluate(collector.finish(), policy);
  const evaluated = since(t);
  sample();
  if (!outcome.ok)
    throw new Error(`the check refused the input: ${JSON.stringify(outcome.issues)}`);
  t = now();
  const model = buildReport(outcome.value, 'zh', { rosterCopy: true, generatedAt: '2026-11-22' });
  const report = since(t);
  sample();
  gc();
  const heapAfterGcMB = heapMB();
  const result = outcome.value;
  return {
    rows,
    students: u.students,
    members: u.members,
    gradeSheets: u.gradeSheets,
    coreMs: discover.wall + collect.wall + evaluated.wall + report.wall,
    coreCpuMs: discover.cpu + collect.cpu + evaluated.cpu + report.cpu,
    discoverMs: discover.wall,
    collectMs: collect.wall,
    evaluateMs: evaluated.wall,
    reportMs: report.wall,
    collectCpuMs: collect.cpu,
    evaluateCpuMs: evaluated.cpu,
    reportCpuMs: report.cpu,
    generateMs: reader.wall,
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
