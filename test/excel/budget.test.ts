import { checkSheets, discoverWorkbook, HEAD_ROWS, neededColumns } from '../../src/core/pipeline';
import type { CheckOutcome } from '../../src/core/result';
import type { Progress } from '../../src/excel/gateway';
import { MAX_CELLS_READ, MAX_PAYLOAD_BYTES, sheetGrid, type DoubleWorkbook } from '../excel-double';
import { MAX_ROWS } from '../excel-double/limits';
import { gatewayFor } from './helpers';
import {
  columnBytes,
  GRADE_HEADERS,
  GRADE_SHEET,
  MAPPED_GRADE_COLUMNS,
  ROSTER_SHEET,
  schoolPolicy,
  schoolWorkbook,
} from './school';

interface Run {
  readonly outcome: CheckOutcome;
  /** Syncs up to the end of computing, and those of the write. */
  readonly readSyncs: number;
  readonly writeSyncs: number;
  /** Data blocks (the last read progress). */
  readonly blocks: number;
  readonly readUpdates: number;
}

async function check(double: DoubleWorkbook): Promise<Run> {
  const progress: Progress[] = [];
  let readSyncs = 0;
  const outcome = await gatewayFor(double).check({
    policy: schoolPolicy(),
    lang: 'zh',
    onProgress: (p) => {
      progress.push(p);
      if (p.phase === 'write' && p.done === 0) readSyncs = double.stats.syncs;
    },
  });
  const reads = progress.filter((p) => p.phase === 'read' && p.total > 0);
  return {
    outcome,
    readSyncs,
    writeSyncs: double.stats.syncs - readSyncs,
    blocks: reads.at(-1)?.done ?? 0,
    readUpdates: reads.length,
  };
}

/** The columns the check needs from a sheet, as the core decides them. */
function columnsNeeded(double: DoubleWorkbook, sheet: string): number[] {
  // Never double.grids() here: that would build the generated sheet's 20 million values.
  const roster = sheetGrid(double.sheet(ROSTER_SHEET));
  const heads = [{ ...roster, rows: roster.rows.slice(0, HEAD_ROWS) }];
  const grade = double.sheet(GRADE_SHEET);
  const gradeHead = Array.from({ length: HEAD_ROWS }, (_, r) =>
    GRADE_HEADERS.map((_h, c) => grade.generated!.value(r + 1, c + 1)),
  );
  const { mappings } = discoverWorkbook([...heads, { sheet: GRADE_SHEET, rows: gradeHead }]);
  return neededColumns(mappings, undefined, sheet) ?? [];
}

function statuses(outcome: CheckOutcome): string[] {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues.slice(0, 3)));
  return outcome.value.members.map((m) => `${m.member.studentId}:${m.status}`);
}

describe('a whole university on one sheet (1,048,576 rows x 19 columns, 6 needed)', () => {
  it('reads only the needed columns within the byte, request and sync budgets', async () => {
    const double = schoolWorkbook();
    const gradeCols = columnsNeeded(double, GRADE_SHEET);
    const rosterCols = columnsNeeded(double, ROSTER_SHEET);
    expect(gradeCols).toEqual([...MAPPED_GRADE_COLUMNS]);
    const run = await check(double);
    expect(run.outcome.ok).toBe(true);
    const { stats } = double;

    // Only the needed columns below the heads: every cell read is accounted for.
    const rosterRows = 3 + 2000;
    // Heads are read with their value types (a typed '#N/A is text): each head cell twice.
    const headCells = (HEAD_ROWS * GRADE_HEADERS.length + HEAD_ROWS * 9) * 2;
    const dataCells = (MAX_ROWS - HEAD_ROWS) * 6 + (rosterRows - HEAD_ROWS) * rosterCols.length;
    expect(stats.cellsRead).toBe(headCells + dataCells);

    const needed =
      columnBytes(double, GRADE_SHEET, gradeCols) + columnBytes(double, ROSTER_SHEET, rosterCols);
    expect(stats.bytesRead).toBeLessThanOrEqual(1.25 * needed);
    expect(stats.largestResponse).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(stats.largestRequest).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(stats.largestCellsRead).toBeLessThanOrEqual(MAX_CELLS_READ);

    // 2 inventory + 1 heads + 1 earlier highlights of the sheets read + 1 look for the data's
    // end, then one sync per block.
    expect(run.blocks).toBeGreaterThan(1);
    expect(run.readSyncs).toBeLessThanOrEqual(5 + run.blocks);
    expect(run.readUpdates).toBeGreaterThanOrEqual(run.blocks);

    // 500 members flagged 群众: highlights and the report in at most 2 further syncs.
    if (!run.outcome.ok) return;
    const ineligible = run.outcome.value.members.filter((m) => m.status === 'ineligible');
    expect(ineligible.length).toBeGreaterThanOrEqual(500);
    const marked = double.sheet(ROSTER_SHEET).cfs.flatMap((cf) => cf.rects);
    const markedRows = new Set(
      marked.flatMap((r) => Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => r.r1 + i)),
    );
    for (const m of ineligible) expect(markedRows.has(m.member.ref.row)).toBe(true);
    expect(run.writeSyncs).toBeLessThanOrEqual(2);
  }, 300_000);
});

describe('rows after the data ends', () => {
  const ROWS = 30_000;

  function workbook(stray?: { col: string }): DoubleWorkbook {
    const double = schoolWorkbook({ rows: ROWS, members: 300, flagged: 20 });
    if (stray) double.setCell(GRADE_SHEET, `${stray.col}${MAX_ROWS}`, { value: '备注' });
    return double;
  }

  it('computes on the generated sheet what the core computes in memory', async () => {
    const double = workbook();
    const expected = checkSheets(double.grids(), schoolPolicy());
    const run = await check(double);
    expect(statuses(run.outcome)).toEqual(statuses(expected));
  }, 120_000);

  it('costs nothing for a stray value in a column the check does not need', async () => {
    const plain = workbook();
    const base = await check(plain);
    const double = workbook({ col: 'M' });
    expect(double.sheet(GRADE_SHEET).generated).toBeDefined();
    const run = await check(double);
    expect(statuses(run.outcome)).toEqual(statuses(base.outcome));
    expect(double.stats.cellsRead).toBe(plain.stats.cellsRead);
    expect(run.blocks).toBe(base.blocks);
    expect(run.readSyncs).toBeLessThanOrEqual(base.readSyncs + 1);
  }, 120_000);

  it('skips the empty rows above a stray value in a needed column', async () => {
    const plain = workbook();
    const base = await check(plain);
    const double = workbook({ col: 'J' });
    const run = await check(double);
    expect(statuses(run.outcome)).toEqual(statuses(base.outcome));
    // Reading down to the stray row would be a million rows of 6 cells; skipping costs at most
    // the empty rows of one block and two syncs (the look and the stray row itself).
    expect(double.stats.cellsRead - plain.stats.cellsRead).toBeLessThan(6 * 60_000);
    expect(run.readSyncs).toBeLessThanOrEqual(base.readSyncs + 2);
  }, 120_000);
});
