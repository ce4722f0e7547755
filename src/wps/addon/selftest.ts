import { resolveSettings } from '../../core/appraisal/settings';
import { NATIONAL_TEMPLATE } from '../../core/appraisal/templates';
import { presetPolicy } from '../../core/policy/presets';
import { parseA1 } from '../address';
import {
  MSO_PROPERTY_STRING,
  XL_EXPRESSION,
  XL_OPERATOR,
  XL_PAPER_A4,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE,
  type EtApplication,
  type EtWorksheet,
} from '../et';
import { createWpsGateway } from '../gateway';
import { blockOf } from '../values';

/** One adapter call tried in real WPS: what it showed, and whether that is what the adapter assumes. */
export interface SelfTestResult {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
}

type Step = readonly [name: string, run: (ws: EtWorksheet) => string | Promise<string>];

function expect(ok: boolean, detail: string): string {
  if (!ok) throw new Error(detail);
  return detail;
}

const refusedOf = (fn: () => void): string => {
  try {
    fn();
    return '';
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
};

/** The scratch roster's policy: only the rules the two rows can show. */
function rosterPolicy() {
  const policy = presetPolicy('national-school');
  for (const r of ['rank', 'failed', 'discipline'] as const) policy.rules[r].enabled = false;
  return policy;
}

/** Every value of a Value2 answer, flattened. */
function flat(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]).flatMap(flat) : [value];
}

/** Types 18 into the five score cells of a form's first member row; false when it is no form. */
function typeScores(form: EtWorksheet): boolean {
  for (let r = 1; r <= 60; r++)
    if (form.Range(`B${r}`).Value2 === '学号') {
      form.Range(`E${r + 1}:I${r + 1}`).Value2 = [[18, 18, 18, 18, 18]];
      return true;
    }
  return false;
}

/**
 * Every call the WPS adapter makes, on the open (scratch) workbook, in the order the adapter uses
 * them. What only real WPS can answer is checked here: the shape of Value2, how errors and empty
 * cells come back, what a refused write raises, how sheet-level names are named, the property
 * length limit, and that deleting a sheet with alerts off asks nothing.
 */
export async function runSelfTest(app: EtApplication): Promise<SelfTestResult[]> {
  const book = app.ActiveWorkbook;
  if (!book) return [{ name: 'ActiveWorkbook', pass: false, detail: '没有打开的工作簿' }];
  const ws = book.Worksheets.Add(undefined, book.Worksheets.Item(book.Worksheets.Count));
  const gateway = createWpsGateway(app);
  const parsed = resolveSettings({ template: NATIONAL_TEMPLATE }, 'zh');
  if (!parsed.ok) return [{ name: 'appraisal settings', pass: false, detail: 'invalid' }];
  const settings = parsed.value;
  /** The appraisal's sheets as generated, summary first (for the steps after it). */
  const appraisal: string[] = [];
  const sheetExists = (name: string): boolean => refusedOf(() => book.Worksheets.Item(name)) === '';
  const steps: Step[] = [
    [
      'browser engine: ES2019 built-ins (Array flatMap, Object.fromEntries; Chromium 73+)',
      () => {
        const a = [] as unknown as { flatMap?: unknown };
        const o = Object as unknown as { fromEntries?: unknown };
        return expect(
          typeof a.flatMap === 'function' && typeof o.fromEntries === 'function',
          typeof navigator === 'undefined' ? 'ok' : navigator.userAgent,
        );
      },
    ],
    ['Worksheet.Name', (w) => ((w.Name = '自检'), expect(w.Name === '自检', w.Name))],
    [
      'Worksheets.Item(i) 1-based',
      () => expect(book.Worksheets.Item(1).Index === 1, 'Item(1).Index = 1'),
    ],
    [
      'Worksheets.Item(0) raises',
      () =>
        expect(
          refusedOf(() => book.Worksheets.Item(0)) !== '',
          refusedOf(() => book.Worksheets.Item(0)),
        ),
    ],
    [
      'Range.Value2 set and get (2-D)',
      (w) => {
        w.Range('A1:B2').Value2 = [
          ['学号', 90],
          ["'001", ''],
        ];
        const got = w.Range('A1:B2').Value2;
        const rows = blockOf(got, 2, 2);
        return expect(
          JSON.stringify(rows) ===
            JSON.stringify([
              ['学号', 90],
              ['001', null],
            ]),
          JSON.stringify(got),
        );
      },
    ],
    [
      'Range.Value2 one cell is a bare value',
      (w) => expect(w.Range('B1').Value2 === (90 as unknown), JSON.stringify(w.Range('B1').Value2)),
    ],
    [
      'Range.Value2 error value is a CVErr number',
      (w) => {
        w.Range('C1').Formula = '=NA()';
        const v = w.Range('C1').Value2 as unknown;
        return expect(
          JSON.stringify(blockOf(v, 1, 1)) === '[[{"error":"#N/A"}]]',
          JSON.stringify(v),
        );
      },
    ],
    [
      'Range.Formula (English names)',
      (w) => (
        (w.Range('D1').Formula = '=SUM(B1:B2)'),
        expect(w.Range('D1').Value2 === (90 as unknown), String(w.Range('D1').Value2))
      ),
    ],
    [
      'UsedRange.Address',
      (w) =>
        expect(
          parseA1(w.UsedRange.Address(false, false)) !== undefined,
          w.UsedRange.Address(false, false),
        ),
    ],
    [
      'Interior.Color',
      (w) => (
        (w.Range('E1').Interior.Color = 0x9cebff),
        expect(
          Number(w.Range('E1').Interior.Color) === 0x9cebff,
          String(w.Range('E1').Interior.Color),
        )
      ),
    ],
    [
      'FormatConditions.Add / Item / Formula1 / Delete',
      (w) => {
        const fc = w
          .Range('A1:B2,A4')
          .FormatConditions.Add(XL_EXPRESSION, undefined, '=N("UnionCompliance|selftest")=0');
        fc.Interior.Color = 0xadcbf8;
        const all = w.Cells.FormatConditions;
        const found = all.Count >= 1 && String(all.Item(1).Formula1).includes('UnionCompliance|');
        const applies = all.Item(1).AppliesTo.Address(false, false);
        all.Item(1).Delete();
        return expect(found && w.Cells.FormatConditions.Count === 0, `AppliesTo ${applies}`);
      },
    ],
    [
      'Names.Add (sheet level) / Name / RefersTo',
      (w) => {
        w.Names.Add('UnionCompliance_Owner', '="report:自检#t"', false);
        const n = w.Names.Item(w.Names.Count);
        const seen = `${n.Name} → ${String(n.RefersTo)}`;
        const ok = String(n.RefersTo).includes('report:自检#t');
        // Left in place, the marker would make the scratch sheet a product report sheet.
        n.Delete();
        return expect(ok && w.Names.Count === 0, seen);
      },
    ],
    [
      'CustomDocumentProperties 255-character parts',
      () => {
        const props = book.CustomDocumentProperties;
        const p = props.Add(
          'UnionCompliance.selftest',
          false,
          MSO_PROPERTY_STRING,
          'x'.repeat(255),
        );
        const ok = String(p.Value).length === 255;
        p.Delete();
        return expect(ok, '255 字符可保存');
      },
    ],
    ['Hyperlinks.Add', (w) => (w.Range('F1').Hyperlinks.Add(w.Range('F1'), '', "'自检'!A1"), 'ok')],
    [
      'Range.Merge / ColumnWidth / RowHeight',
      (w) => (
        w.Range('G1:H1').Merge(),
        (w.Range('G1').ColumnWidth = 20),
        (w.Range('A3').RowHeight = 30),
        'ok'
      ),
    ],
    [
      'Validation.Add (decimal between) / PageSetup (A4, title rows, margins)',
      (w) => {
        const dv = w.Range('J2:J4').Validation;
        dv.Add(XL_VALIDATE.decimal, XL_VALID_ALERT_STOP, XL_OPERATOR.between, '0', '20');
        dv.ErrorMessage = '0～20';
        dv.ShowError = true;
        w.PageSetup.PaperSize = XL_PAPER_A4;
        w.PageSetup.PrintTitleRows = '$1:$1';
        w.PageSetup.TopMargin = 36;
        const page = w.PageSetup;
        return expect(
          Number(page.PaperSize) === XL_PAPER_A4 &&
            /1/.test(String(page.PrintTitleRows)) &&
            Math.abs(Number(page.TopMargin) - 36) < 1,
          `PaperSize ${String(page.PaperSize)}, PrintTitleRows ${String(page.PrintTitleRows)}, TopMargin ${String(page.TopMargin)}`,
        );
      },
    ],
    ['Activate / Select', (w) => (w.Activate(), w.Range('A2').Select(), 'ok')],
    ['ScreenUpdating', () => ((app.ScreenUpdating = false), (app.ScreenUpdating = true), 'ok')],
    [
      'ActiveWindow SplitRow / SplitColumn / FreezePanes (a written sheet frozen, the shown one kept)',
      async (w) => {
        const name = '自检冻结';
        const [written] = await gateway.writeWorkbookModel({
          sheets: [
            { name, rows: [[{ value: '表头' }], [{ value: 1 }]], freeze: { rows: 1, cols: 1 } },
          ],
        });
        const shown = app.ActiveSheet?.Name;
        const frozen = book.Worksheets.Item(written ?? name);
        frozen.Activate();
        const win = app.ActiveWindow;
        const seen = win
          ? `FreezePanes ${String(win.FreezePanes)}, SplitRow ${win.SplitRow}, SplitColumn ${win.SplitColumn}`
          : '没有 ActiveWindow';
        const ok = win?.FreezePanes === true && win.SplitRow === 1 && win.SplitColumn === 1;
        app.DisplayAlerts = false;
        frozen.Delete();
        app.DisplayAlerts = true;
        w.Activate();
        return expect(ok && shown === w.Name, `${seen}; 写入后显示 ${shown ?? '?'}`);
      },
    ],
    [
      'whole check, 清除标记, settings (the gateway)',
      async (w) => {
        w.Range('A10:E12').Value2 = [
          ['姓名', '学号', '部门', '职务', '政治面貌'],
          ['张三', "'2023001", '宣传部', '干事', '群众'],
          ['李四', "'2023002", '宣传部', '部长', '共青团员'],
        ];
        const answer = await gateway.check({ policy: rosterPolicy(), lang: 'zh' });
        const cleared = await gateway.clearMarks();
        await gateway.saveSettings({ appraisalJson: '{"selftest":true}' });
        const back = await gateway.loadSettings();
        return expect(
          answer.ok && cleared.removed > 0 && back.appraisalJson === '{"selftest":true}',
          `check ${answer.ok ? 'ok' : 'refused'}, removed ${cleared.removed}`,
        );
      },
    ],
    [
      '生成评分表 (the gateway): forms and 考核汇总, regenerated in place',
      async () => {
        const first = await gateway.appraisal({ policy: rosterPolicy(), settings, lang: 'zh' });
        const again = await gateway.appraisal({ policy: rosterPolicy(), settings, lang: 'zh' });
        if (again.status === 'generated') appraisal.push(...again.sheets);
        return expect(
          first.status === 'generated' &&
            again.status === 'generated' &&
            again.sheets.join('|') === first.sheets.join('|') &&
            again.sheets.every((n) => sheetExists(n)),
          `${again.status} ${again.status === 'generated' ? again.sheets.join('、') : ''}`,
        );
      },
    ],
    [
      '考核汇总 computes from typed scores (cross-sheet formulas)',
      () => {
        const typed = appraisal.slice(1).filter((n) => typeScores(book.Worksheets.Item(n)));
        const summary = appraisal[0] ? book.Worksheets.Item(appraisal[0]) : undefined;
        const seen = summary ? flat(summary.UsedRange.Value2) : [];
        const refs = seen.filter((v) => v === -2146826265).length;
        return expect(
          typed.length > 0 && seen.includes(90) && refs === 0,
          `${typed.length} 张表填入 18 分×5；汇总中 90 ${seen.includes(90) ? '出现' : '未出现'}；#REF! ${refs}`,
        );
      },
    ],
    [
      '汇总评分 (the gateway), then the appraisal sheets removed',
      async () => {
        const answer = await gateway.collectAppraisal({ lang: 'zh', file: '自检' });
        const extra = answer.status === 'collected' ? answer.issuesSheet : undefined;
        app.DisplayAlerts = false;
        for (const n of [...appraisal, ...(extra ? [extra] : [])].reverse())
          if (sheetExists(n)) book.Worksheets.Item(n).Delete();
        app.DisplayAlerts = true;
        return expect(
          answer.status === 'collected' && answer.copies > 0,
          `${answer.status}${answer.status === 'collected' ? ` ${answer.copies} 份` : ''}`,
        );
      },
    ],
    [
      'protected sheet refuses a write',
      (w) => {
        const p = w as EtWorksheet & {
          Protect?: (pw?: string) => void;
          Unprotect?: (pw?: string) => void;
        };
        p.Protect?.('');
        const error = refusedOf(() => (w.Range('A1').Value2 = 'x'));
        p.Unprotect?.('');
        return expect(error !== '' && w.ProtectContents === false, error);
      },
    ],
    [
      'Worksheet.Delete with DisplayAlerts off asks nothing',
      (w) => {
        app.DisplayAlerts = false;
        w.Delete();
        app.DisplayAlerts = true;
        return 'ok';
      },
    ],
  ];
  const results: SelfTestResult[] = [];
  for (const [name, run] of steps) {
    try {
      results.push({ name, pass: true, detail: await run(ws) });
    } catch (error) {
      results.push({
        name,
        pass: false,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return results;
}
