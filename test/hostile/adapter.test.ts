/**
 * The hostile corpus against the Excel adapter over the test double: the workbook is loaded into
 * the double from the generated .xlsx (as Excel would hold it), other files go through the pane's
 * importer as the teacher would pick them, then 一键检查 runs through the gateway. The sheets the
 * product writes are checked: teacher text stays text, every link reaches an existing sheet.
 */
import ExcelJS from 'exceljs';
import { fileBytes } from '../../scripts/hostile/files';
import type { SheetGrid } from '../../src/core/tables';
import { readImport } from '../../src/taskpane/importer/readImport';
import type { ExcelJsModule } from '../../src/taskpane/importer/parseXlsx';
import { DoubleWorkbook } from '../excel-double';
import { loadDoubleFromXlsx } from '../excel-double/fromXlsx';
import { gatewayFor } from '../excel/helpers';
import { CASES, outcomeFor } from './manifest';
import { comparable, expected, observeOutcome, type Observed } from './observe';
import { policyFor } from './policies';
import { writtenProblems, type WrittenCell } from './written';

const load = (): Promise<ExcelJsModule> => Promise.resolve(ExcelJS);

function cellsOf(double: DoubleWorkbook, sheets: readonly string[]): WrittenCell[] {
  const out: WrittenCell[] = [];
  for (const name of sheets)
    for (const [row, line] of double.sheet(name).cells)
      for (const [col, c] of line) {
        const address = `R${row}C${col}`;
        out.push({
          sheet: name,
          address,
          ...(typeof c.value === 'string' && !c.error ? { text: c.value } : {}),
          ...(c.formula !== undefined ? { formula: c.formula } : {}),
          ...(c.hyperlink?.documentReference !== undefined
            ? { link: c.hyperlink.documentReference }
            : c.hyperlink?.address !== undefined
              ? { link: c.hyperlink.address }
              : {}),
        });
      }
  return out;
}

const runs = CASES.map((c) => ({ id: c.id, c, want: outcomeFor(c, 'adapter') }));

describe.each(runs)('adapter: $id', ({ c, want }) => {
  if ('skip' in want) {
    it.skip(`not an adapter input: ${want.skip}`, () => undefined);
    return;
  }
  it(c.input.en, async () => {
    const files = c.files();
    const book = files[0] && 'sheets' in files[0] ? files[0] : undefined;
    const double = book
      ? await loadDoubleFromXlsx(Buffer.from(await fileBytes(book)))
      : DoubleWorkbook.fromSheets([{ name: 'Sheet1' }]);
    const imported: SheetGrid[] = [];
    let observed: Observed | undefined;
    for (const f of files.filter((x) => x !== book)) {
      const bytes = await fileBytes(f);
      const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      const read = await readImport({ name: f.name, bytes: copy as ArrayBuffer }, load);
      if (!read.ok) {
        observed = {
          kind: 'file',
          key: read.failure.messageKey,
          params: { ...read.failure.params },
        };
        break;
      }
      imported.push(...read.file.sheets);
    }
    const before = double.snapshot();
    const names = new Set(before.sheets.map((s) => s.name));
    if (!observed) {
      const answer = await gatewayFor(double).check({
        policy: policyFor(c.policy),
        lang: 'zh',
        importedSheets: imported,
      });
      observed = observeOutcome(answer);
      if (!answer.ok) expect(double.snapshot()).toEqual(before);
    }
    expect(comparable(observed, want)).toEqual(expected(want));
    if (observed.kind !== 'result') return;
    const all = double.snapshot().sheets.map((s) => s.name);
    const written = all.filter((n) => !names.has(n));
    expect(written.length).toBeGreaterThan(0);
    const problems = writtenProblems(cellsOf(double, all), all, {});
    const checks = c.written?.textsIn?.includes('adapter') === false ? {} : c.written;
    const own = writtenProblems(cellsOf(double, written), all, checks);
    expect([...problems, ...own]).toEqual([]);
  });
});
