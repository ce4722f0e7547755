/**
 * Excel adapter against the strict double (issue 5, item 2): 一键检查 on a generated
 * 1,048,576 x 19 grade sheet (6 columns needed) and a 2,000-member roster with 500 flagged.
 * Counts what crosses the host boundary: syncs, blocks, the largest request and response, bytes
 * read against the bytes of the needed columns; the wall time is the double's and the core's.
 */
import { discoverWorkbook, HEAD_ROWS, neededColumns } from '../../src/core/pipeline';
import type { Progress } from '../../src/excel/gateway';
import { MAX_CELLS_READ, MAX_PAYLOAD_BYTES, sheetGrid } from '../../test/excel-double';
import { gatewayFor } from '../../test/excel/helpers';
import {
  columnBytes,
  GRADE_HEADERS,
  GRADE_SHEET,
  gradeValue,
  ROSTER_SHEET,
  schoolPolicy,
  schoolWorkbook,
} from '../../test/excel/school';
import type { BenchModule } from './types';

/** Columns the core asks for, per sheet, from the same heads the adapter reads. */
function columnsNeeded(double: ReturnType<typeof schoolWorkbook>): Map<string, number[]> {
  const roster = sheetGrid(double.sheet(ROSTER_SHEET));
  const gradeHead = Array.from({ length: HEAD_ROWS }, (_, r) =>
    GRADE_HEADERS.map((_h, c) => gradeValue(r + 1, c + 1)),
  );
  const { mappings } = discoverWorkbook([
    { ...roster, rows: roster.rows.slice(0, HEAD_ROWS) },
    { sheet: GRADE_SHEET, rows: gradeHead },
  ]);
  return new Map(
    [ROSTER_SHEET, GRADE_SHEET].map((s) => [s, neededColumns(mappings, undefined, s) ?? []]),
  );
}

/** The adapter measurement. */
export const measure: BenchModule = async ({ quick, log }) => {
  const rows = quick ? 100_000 : 1_048_576;
  const double = schoolWorkbook({ rows });
  const needed = columnsNeeded(double);
  log(`adapter: checking a generated ${rows} x ${GRADE_HEADERS.length} sheet through the double`);
  const progress: Progress[] = [];
  let readSyncs = 0;
  const start = performance.now();
  const answer = await gatewayFor(double).check({
    policy: schoolPolicy(),
    lang: 'zh',
    onProgress: (p) => {
      progress.push(p);
      if (p.phase === 'write' && p.done === 0) readSyncs = double.stats.syncs;
    },
  });
  const wallMs = Math.round(performance.now() - start);
  const stats = { ...double.stats };
  const blocks = progress.filter((p) => p.phase === 'read').at(-1)?.done ?? 0;
  const neededBytes = [...needed].reduce((n, [s, cols]) => n + columnBytes(double, s, cols), 0);
  const flagged = answer.ok
    ? answer.value.members.filter((m) => m.status !== 'eligible').length
    : 0;
  const writeSyncs = stats.syncs - readSyncs;
  const ratio = Math.round((stats.bytesRead / neededBytes) * 1000) / 1000;
  return [
    {
      name: `adapter.sheet-${rows}x${GRADE_HEADERS.length}`,
      figures: {
        ok: answer.ok,
        rows,
        columns: GRADE_HEADERS.length,
        neededColumns: needed.get(GRADE_SHEET)?.length ?? 0,
        syncs: stats.syncs,
        readSyncs,
        writeSyncs,
        blocks,
        largestResponseBytes: stats.largestResponse,
        largestRequestBytes: stats.largestRequest,
        largestCellsRead: stats.largestCellsRead,
        totalBytesRead: stats.bytesRead,
        neededColumnBytes: neededBytes,
        ratio,
        cellsRead: stats.cellsRead,
        flaggedMembers: flagged,
        wallMs,
      },
      targets: {
        'ratio<=1.25': ratio <= 1.25,
        'largestRequest<=5MB':
          Math.max(stats.largestResponse, stats.largestRequest) <= MAX_PAYLOAD_BYTES,
        'largestCells<=5000000': stats.largestCellsRead <= MAX_CELLS_READ,
        'readSyncs<=4+blocks': readSyncs <= 4 + blocks,
        'writeSyncs<=2': writeSyncs <= 2,
      },
    },
  ];
};
