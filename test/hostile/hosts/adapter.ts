import { fileBytes } from '../../../scripts/hostile/files';
import { HEAD_ROWS } from '../../../src/core/pipeline';
import { createInPageReader } from '../../../src/taskpane/importer/createReader';
import type { HeldImport } from '../../../src/taskpane/importer/types';
import { DoubleWorkbook } from '../../excel-double';
import { loadDoubleFromXlsx } from '../../excel-double/fromXlsx';
import { settingsOf } from '../../excel/appraisalFixture';
import { gatewayFor } from '../../excel/helpers';
import { comparable, expected, observeOutcome, type Observed } from '../observe';
import { policyFor } from '../policies';
import type { HostileCase, Outcome } from '../types';
import { writtenProblems, type WrittenCell } from '../written';
import { check, type Check } from './check';
import type { Issue } from '../../../src/core/issue';

function cellsOf(double: DoubleWorkbook, sheets: readonly string[]): WrittenCell[] {
  const out: WrittenCell[] = [];
  for (const name of sheets)
    for (const [row, line] of double.sheet(name).cells)
      for (const [col, c] of line) {
        const link = c.hyperlink?.documentReference ?? c.hyperlink?.address;
        out.push({
          sheet: name,
          address: `R${row}C${col}`,
          ...(typeof c.value === 'string' && !c.error ? { text: c.value } : {}),
          ...(c.formula !== undefined ? { formula: c.formula } : {}),
          ...(link !== undefined ? { link } : {}),
        });
      }
  return out;
}

/**
 * The Excel adapter over the test double: the workbook loaded into the double from the generated
 * .xlsx, other files through the pane's importer as the teacher would pick them, then 一键检查
 * through the gateway; the sheets it wrote are checked too.
 */
export async function runAdapter(c: HostileCase, want: Outcome): Promise<Check[]> {
  const files = c.files();
  const book = files[0] && 'sheets' in files[0] ? files[0] : undefined;
  const double = book
    ? await loadDoubleFromXlsx(Buffer.from(await fileBytes(book)))
    : DoubleWorkbook.fromSheets([{ name: 'Sheet1' }]);
  const imported: HeldImport[] = [];
  let observed: Observed | undefined;
  // The pane shows the importer's warnings beside the check's own messages.
  const notices: Issue[] = [];
  for (const f of files.filter((x) => x !== book)) {
    const bytes = await fileBytes(f);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const picked = { name: f.name, blob: new Blob([copy as ArrayBuffer]) };
    const [read] = await createInPageReader()([picked], { keepRows: HEAD_ROWS });
    if (!read) throw new Error('the reader answered nothing');
    if (!read.ok) {
      observed = { kind: 'file', key: read.failure.messageKey, params: { ...read.failure.params } };
      break;
    }
    imported.push({ picked, heads: read.file.sheets, headRows: HEAD_ROWS });
    notices.push(...(read.file.notices ?? []));
  }
  const before = double.snapshot();
  const checks: Check[] = [];
  if (!observed) {
    const answer = await gatewayFor(double).check({
      policy: policyFor(c.policy),
      lang: 'zh',
      imported,
    });
    observed = observeOutcome(
      answer.ok
        ? { ...answer, value: { ...answer.value, issues: [...notices, ...answer.value.issues] } }
        : answer,
    );
    if (!answer.ok) checks.push(check('refused input writes nothing', double.snapshot(), before));
  }
  checks.push(check('outcome', comparable(observed, want), expected(want)));
  if (observed.kind !== 'result') return checks;
  const names = new Set(before.sheets.map((s) => s.name));
  const all = double.snapshot().sheets.map((s) => s.name);
  const written = all.filter((n) => !names.has(n));
  const wanted = c.written?.textsIn?.includes('adapter') === false ? {} : c.written;
  checks.push(check('a report sheet was written', written.length > 0, true));
  checks.push(
    check(
      'written sheets',
      [
        ...writtenProblems(cellsOf(double, all), all, {}),
        ...writtenProblems(cellsOf(double, written), all, wanted),
      ],
      [],
    ),
  );
  if (c.written) checks.push(...(await appraisalChecks(c, double)));
  return checks;
}

/** 生成评分表 for every member, one form per department: its sheets obey the same rules. */
async function appraisalChecks(c: HostileCase, double: DoubleWorkbook): Promise<Check[]> {
  const before = new Set(double.snapshot().sheets.map((s) => s.name));
  const answer = await gatewayFor(double).appraisal({
    policy: policyFor(c.policy),
    settings: settingsOf({ scope: 'all', layout: 'per-department' }),
    lang: 'zh',
  });
  const all = double.snapshot().sheets.map((s) => s.name);
  const written = all.filter((n) => !before.has(n));
  const texts = (c.written?.texts ?? []).filter((x) => x.length < 1000);
  return [
    check('appraisal generated', answer.status, 'generated'),
    check('appraisal sheets', writtenProblems(cellsOf(double, written), all, { texts }), []),
  ];
}
