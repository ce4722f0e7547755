import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppraisalBuild } from '../../src/core/appraisal/build';
import type { WorkbookModel } from '../../src/core/report/sheetModel';
import { expectedAggregate, expectedBands, expectedRanks, expectedTotal } from './expected';
import type { BandSpec, DimSpec, Method } from './expected';
import { recalculate } from './libreoffice';
import { plain, readWorkbook } from './xlsxCells';

export type Writer = (model: WorkbookModel, path: string) => Promise<void>;
/** The score a scorer of group `g` types for member `m` on dimension `d`; undefined leaves it as generated. */
export type Scorer = (g: number, m: number, d: number) => number | null | undefined;

export interface Scenario {
  readonly build: AppraisalBuild;
  readonly dims: readonly DimSpec[];
  readonly method: Method;
  readonly weights: readonly number[];
  readonly bands: BandSpec;
  readonly score: Scorer;
}

export interface RoundTrip {
  readonly formTotals: {
    sheet: string;
    row: number;
    actual: unknown;
    expected: number | undefined;
  }[];
  readonly summary: {
    name: unknown;
    groups: unknown[];
    aggregate: unknown;
    rank: unknown;
    band: unknown;
  }[];
  readonly expected: {
    groups: (number | undefined)[];
    aggregate: number | undefined;
    rank: number | undefined;
    band: string | undefined;
  }[];
  readonly exitList: unknown[];
  readonly expectedExitList: string[];
  readonly errors: string[];
  readonly generatedPath: string;
  readonly recalculatedPath: string;
  /** Removes the run's temporary files. */
  readonly cleanup: () => void;
}

/** Writes the model, types scores into the forms with exceljs, recalculates in LibreOffice, reads back. */
export async function roundTrip(s: Scenario, write: Writer): Promise<RoundTrip> {
  const dir = mkdtempSync(join(tmpdir(), 'uc-appraisal-'));
  const generatedPath = join(dir, 'generated.xlsx');
  await write(s.build.model, generatedPath);
  const wb = await readWorkbook(generatedPath);
  const groups = s.build.config.settings.groups.map((g) => g.name);
  const typed = new Map<string, (number | undefined)[]>();
  for (const layout of s.build.layouts) {
    const ws = wb.getWorksheet(layout.sheet)!;
    const g = groups.indexOf(layout.group);
    layout.members.forEach((member, i) => {
      const row = layout.firstDataRow + i;
      const m = s.build.layouts
        .flatMap((l) => l.members)
        .findIndex((x) => x.studentId === member.studentId);
      const values = s.dims.map((_d, d) => {
        const cell = ws.getCell(row, layout.firstDimCol + d);
        const chosen = s.score(g, m, d);
        if (chosen !== undefined) cell.value = chosen;
        const v = cell.value;
        return typeof v === 'number' ? v : undefined;
      });
      typed.set(`${layout.sheet}|${row}`, values);
    });
  }
  const filledPath = join(dir, 'filled.xlsx');
  await wb.xlsx.writeFile(filledPath);
  const recalculatedPath = await recalculate(filledPath, join(dir, 'out'));
  const out = await readWorkbook(recalculatedPath);
  const errors: string[] = [];
  out.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = plain(cell);
        if (v !== null && typeof v === 'object')
          errors.push(`${ws.name}!${cell.address} ${v.error}`);
      }),
    ),
  );
  const formTotals = s.build.layouts.flatMap((layout) =>
    layout.members.map((_m, i) => {
      const row = layout.firstDataRow + i;
      return {
        sheet: layout.sheet,
        row,
        actual: plain(out.getWorksheet(layout.sheet)!.getCell(row, layout.totalCol)),
        expected: expectedTotal(typed.get(`${layout.sheet}|${row}`) ?? [], s.dims),
      };
    }),
  );
  const members = s.build.layouts
    .flatMap((l) => l.members)
    .filter((m, i, all) => all.findIndex((x) => x.studentId === m.studentId) === i);
  const groupScores = members.map((member) =>
    groups.map((group) => {
      const layout = s.build.layouts.find(
        (l) => l.group === group && l.members.some((x) => x.studentId === member.studentId),
      )!;
      const row =
        layout.firstDataRow + layout.members.findIndex((x) => x.studentId === member.studentId);
      return formTotals.find((f) => f.sheet === layout.sheet && f.row === row)?.expected;
    }),
  );
  const aggregates = groupScores.map((g) => expectedAggregate(g, s.method, s.weights));
  const ranks = expectedRanks(aggregates);
  const bands = expectedBands(aggregates, s.bands);
  const summarySheet = out.getWorksheet(s.build.config.summarySheet)!;
  const n = groups.length;
  const summary = members.map((_m, i) => {
    const row = summarySheet.getRow(7 + i);
    const at = (col: number) => plain(row.getCell(col));
    return {
      name: at(2),
      groups: groups.map((_g, g) => at(6 + g)),
      aggregate: at(7 + n),
      rank: at(8 + n),
      band: at(9 + n),
    };
  });
  const exitList = members.map((_m, i) => plain(summarySheet.getRow(7 + i).getCell(12 + n)));
  const expectedExitList = members.flatMap((m, i) =>
    bands[i] === '不合格' ? [`${m.name}（${m.department}）`] : [],
  );
  return {
    formTotals,
    summary,
    expected: members.map((_m, i) => ({
      groups: groupScores[i]!,
      aggregate: aggregates[i],
      rank: ranks[i],
      band: bands[i],
    })),
    exitList,
    expectedExitList,
    errors,
    generatedPath,
    recalculatedPath,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
