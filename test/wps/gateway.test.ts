import ExcelJS from 'exceljs';
import { presetPolicy } from '../../src/core/policy/presets';
import type { Policy } from '../../src/core/policy/types';
import { errorText } from '../../src/taskpane/errorText';
import { createWpsGateway } from '../../src/wps/gateway';
import { textValue } from '../../src/wps/render';
import { blockOf } from '../../src/wps/values';
import type { WpsDouble } from '../wps-double';
import { EtError, loadWpsDouble } from '../wps-double';
import { fillRoster, HEADER } from './roster';

/** A roster like a teacher's (title, blank row, header on row 3); `flagged` members are 群众. */
async function rosterDouble(n: number, flagged: number): Promise<WpsDouble> {
  const wb = new ExcelJS.Workbook();
  fillRoster(wb.addWorksheet('学生会名单'), n, (i) => i >= 2 && i - 2 < flagged);
  return loadWpsDouble(Buffer.from(await wb.xlsx.writeBuffer()));
}

function rosterOnly(): Policy {
  const p = presetPolicy('national-school');
  for (const code of [
    'rank',
    'failed',
    'discipline',
    'staff-total',
    'departments',
    'dept-staff',
  ] as const)
    p.rules[code].enabled = false;
  return p;
}

const now = (): Date => new Date(2025, 11, 1, 9, 30);

describe('the WPS gateway over the ET double', () => {
  it('reads below the head in blocks, reports progress, and leaves screen updating and alerts as they were', async () => {
    const double = await rosterDouble(3000, 5);
    const phases: string[] = [];
    const answer = await createWpsGateway(double.app, { now }).check({
      policy: rosterOnly(),
      lang: 'zh',
      onProgress: (p) => phases.push(`${p.phase}:${p.done}/${p.total}`),
    });
    if (!answer.ok) throw new Error('must check');
    expect(answer.value.members.filter((m) => m.status === 'ineligible')).toHaveLength(5);
    const reads = phases.filter((p) => p.startsWith('read:') && !p.endsWith('/0'));
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.at(-1)).toMatch(/^read:(\d+)\/\1$/);
    expect(double.screenUpdating).toBe(true);
    expect(double.displayAlerts).toBe(true);
  });

  it('a cancelled check changes nothing', async () => {
    const double = await rosterDouble(3000, 5);
    const before = double.snapshot();
    const controller = new AbortController();
    const error: unknown = await createWpsGateway(double.app, { now })
      .check({
        policy: rosterOnly(),
        lang: 'zh',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'read' && p.done === 1) controller.abort();
        },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ name: 'AbortError', messageKey: 'wps.cancelled' });
    expect(double.snapshot()).toEqual(before);
  });

  it("keeps the teacher's own conditional formats and fills through check and 清除标记", async () => {
    const double = await rosterDouble(20, 3);
    const ws = double.app.ActiveWorkbook!.Worksheets.Item(1);
    ws.Range('B4:B10').FormatConditions.Add(2, undefined, '=B4="成员1"');
    ws.Range('C4').Interior.Color = 255;
    const before = double.snapshot();
    const gateway = createWpsGateway(double.app, { now });
    await gateway.check({ policy: rosterOnly(), lang: 'zh' });
    expect(double.sheet('学生会名单').cfs.length).toBeGreaterThan(1);
    expect(await gateway.clearMarks()).toMatchObject({ reportSheets: ['检查报告', '部门统计'] });
    expect(double.snapshot()).toEqual(before);
  });

  it("writes next to a teacher's own 检查报告 and never over it", async () => {
    const double = await rosterDouble(10, 1);
    double.addSheet('检查报告').cells.set('1,1', { value: '老师自己的表' });
    const answer = await createWpsGateway(double.app, { now }).check({
      policy: rosterOnly(),
      lang: 'zh',
    });
    expect(answer.ok && answer.written?.reportSheet).toBe('检查报告 (2)');
    expect(double.sheet('检查报告').cells.get('1,1')).toEqual({ value: '老师自己的表' });
  });

  it('a protected workbook structure is named and nothing is written', async () => {
    const double = await rosterDouble(10, 1);
    double.protectStructure = true;
    const before = double.snapshot();
    const error: unknown = await createWpsGateway(double.app, { now })
      .check({ policy: rosterOnly(), lang: 'zh' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(errorText(error, 'zh')).toContain('撤销工作簿保护');
    expect(double.snapshot()).toEqual(before);
  });

  it('selects a row on its sheet and names a sheet that is gone', async () => {
    const double = await rosterDouble(5, 0);
    const gateway = createWpsGateway(double.app, { now });
    double.addSheet('其他');
    double.active = '其他';
    await gateway.selectRow({ sheet: '学生会名单', row: 7 });
    expect(double.selection).toEqual({ sheet: '学生会名单', address: 'A7' });
    await expect(gateway.selectRow({ sheet: '没有', row: 1 })).rejects.toMatchObject({
      messageKey: 'wps.sheetNotFound',
    });
  });

  it('detects the roster with its header cells for the mapping', async () => {
    const detection = await createWpsGateway((await rosterDouble(5, 0)).app).detect();
    expect(detection.mappings.map((m) => [m.kind, m.headerRow])).toEqual([['roster', 3]]);
    expect(detection.sheets[0]?.headers.map((h) => h.text)).toEqual(HEADER);
  });

  it('inserts imported grade sheets as product sheets, replacing its own on the next import', async () => {
    const double = await rosterDouble(3, 0);
    const gateway = createWpsGateway(double.app);
    const grid = {
      file: '成绩.xlsx',
      sheet: '成绩',
      rows: [
        ['学号', '成绩'],
        ['001', 90],
      ],
    };
    expect(await gateway.insertSheets([grid])).toEqual(['成绩']);
    expect(await gateway.insertSheets([grid])).toEqual(['成绩']);
    // '001' stays text: WPS would otherwise turn it into the number 1.
    expect(double.sheet('成绩').cells.get('2,1')).toMatchObject({ value: '001', quoted: true });
    expect(double.sheets.map((s) => s.name)).toEqual(['学生会名单', '成绩']);
  });
});

describe('values as WPS hands them over', () => {
  it('reads a 2-D Value2, a single-cell bare value, empties and CVErr error numbers', () => {
    expect(
      blockOf(
        [
          [1, undefined],
          ['x', -2146826246],
        ],
        2,
        2,
      ),
    ).toEqual([
      [1, null],
      ['x', { error: '#N/A' }],
    ]);
    expect(blockOf('solo', 1, 1)).toEqual([['solo']]);
    expect(blockOf(undefined, 1, 1)).toEqual([[null]]);
  });

  it('quotes text WPS would parse as a formula or a number', () => {
    expect(textValue('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(textValue('2023030201')).toBe("'2023030201");
    expect(textValue('共青团员')).toBe('共青团员');
  });
});

describe('the ET double is strict', () => {
  it('raises 下标越界 for a missing index or name, 1004 for a protected sheet or a long property', async () => {
    const double = await rosterDouble(2, 0);
    const book = double.app.ActiveWorkbook!;
    expect(() => book.Worksheets.Item(0)).toThrow(EtError);
    expect(() => book.Worksheets.Item('没有')).toThrow(/下标越界/);
    double.protect('学生会名单');
    expect(() => {
      book.Worksheets.Item(1).Range('A1').Value2 = 'x';
    }).toThrow(expect.objectContaining({ number: 1004 }) as Error);
    expect(() => book.CustomDocumentProperties.Add('k', false, 4, 'x'.repeat(256))).toThrow(
      EtError,
    );
  });

  it('refuses a sheet deletion with alerts on (WPS would ask the teacher)', async () => {
    const double = await rosterDouble(2, 0);
    double.addSheet('临时');
    expect(() => double.app.ActiveWorkbook!.Worksheets.Item(2).Delete()).toThrow(/DisplayAlerts/);
  });
});
