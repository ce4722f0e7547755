import { DoubleWorkbook } from './index';

function roster(): DoubleWorkbook {
  return DoubleWorkbook.fromSheets([
    {
      name: '名单',
      rows: [
        ['姓名', '学号', '部门'],
        ['张三', '2023001', '学习部'],
        ['李四', '2023002', '文体部'],
      ],
    },
    { name: 'My Sheet', rows: [[1, 2]] },
  ]);
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return (e as { code?: string; name: string }).code ?? (e as Error).name;
  }
}

function thrown(f: () => unknown): string {
  try {
    f();
    return 'nothing thrown';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe('loading is strict', () => {
  it('throws PropertyNotLoaded until load + sync, then returns the values', async () => {
    const wb = roster();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('名单').getRange('A1:C2');
      expect(thrown(() => r.values)).toBe('PropertyNotLoaded');
      r.load('values,rowCount');
      expect(thrown(() => r.values)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(r.values).toEqual([
        ['姓名', '学号', '部门'],
        ['张三', '2023001', '学习部'],
      ]);
      expect(r.rowCount).toBe(2);
      expect(thrown(() => r.address)).toBe('PropertyNotLoaded');
    });
  });

  it('refuses a bare load() and properties it does not model', async () => {
    const wb = roster();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('名单').getRange('A1');
      expect(() => r.load()).toThrow(/leaf properties/);
      expect(() => (r as unknown as { valuesAsJson: unknown }).valuesAsJson).toThrow(
        /not modelled/,
      );
      r.load('format');
      await expect(ctx.sync()).rejects.toThrow(/name its leaf properties/);
    });
  });

  it('loads nested leaf paths and collection items', async () => {
    const wb = roster();
    wb.setCell('名单', 'A1', { fill: '#FF0000' });
    await wb.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/position');
      const fill = ctx.workbook.worksheets.getItem('名单').getRange('A1').format.fill.load('color');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ['名单', 0],
        ['My Sheet', 1],
      ]);
      expect(fill.color).toBe('#FF0000');
    });
  });

  it('ends a context with its run', async () => {
    const wb = roster();
    const kept = await wb.run(async (ctx) =>
      Promise.resolve(ctx.workbook.worksheets.getItem('名单')),
    );
    expect(thrown(() => kept.getRange('A1').load('values'))).toBe('InvalidObjectPath');
  });
});

describe('writes', () => {
  it('apply only at sync, and Excel parses text unless the cell is formatted as text', async () => {
    const wb = roster();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('名单').getRange('D1:D4');
      r.numberFormat = [['General'], ['@'], ['General'], ['General']];
      r.values = [['0012'], ['0012'], ['=SUM(A1)'], ['TRUE']];
      expect(wb.sheet('名单').cells.get(1)?.get(4)).toBeUndefined();
      await ctx.sync();
    });
    const s = wb.sheet('名单');
    expect(s.cells.get(1)?.get(4)?.value).toBe(12);
    expect(s.cells.get(2)?.get(4)?.value).toBe('0012');
    expect(s.cells.get(3)?.get(4)?.formula).toBe('=SUM(A1)');
    expect(s.cells.get(4)?.get(4)?.value).toBe(true);
  });

  it('rejects arrays that do not match the range', async () => {
    const wb = roster();
    const c = await code(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('名单').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(c).toBe('InvalidArgument');
  });

  it('refuses writes to a protected sheet after applying what came before', async () => {
    const wb = roster();
    wb.protect('名单');
    const c = await code(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('My Sheet').getRange('C1').values = [['ok']];
        ctx.workbook.worksheets.getItem('名单').getRange('A9').format.fill.color = '#FF0000';
        await ctx.sync();
      }),
    );
    expect(c).toBe('AccessDenied');
    expect(wb.sheet('My Sheet').cells.get(1)?.get(3)?.value).toBe('ok');
    expect(wb.sheet('名单').cells.get(9)).toBeUndefined();
  });
});

describe('lookups and addresses', () => {
  it('fails getItem of a missing sheet with ItemNotFound and gives a null object otherwise', async () => {
    const wb = roster();
    expect(
      await code(wb.run(async (ctx) => ctx.sync(ctx.workbook.worksheets.getItem('不存在')))),
    ).toBe('ItemNotFound');
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('不存在');
      expect(thrown(() => s.isNullObject)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(s.isNullObject).toBe(true);
    });
  });

  it('rejects invalid addresses and getRanges strings over 8,192 characters', async () => {
    const wb = roster();
    const bad = async (f: (ctx: Excel.RequestContext) => unknown): Promise<string> =>
      code(
        wb.run(async (ctx) => {
          f(ctx);
          await ctx.sync();
        }),
      );
    expect(await bad((ctx) => ctx.workbook.worksheets.getItem('名单').getRange('A0'))).toBe(
      'InvalidArgument',
    );
    expect(await bad((ctx) => ctx.workbook.worksheets.getItem('名单').getRange('XFE1'))).toBe(
      'InvalidArgument',
    );
    const long = Array.from({ length: 1000 }, (_, i) => `A${i + 1}:C${i + 1}`).join(',');
    expect(long.length).toBeGreaterThan(8192);
    expect(await bad((ctx) => ctx.workbook.worksheets.getItem('名单').getRanges(long))).toBe(
      'InvalidArgument',
    );
  });

  it('quotes sheet names in addresses like Excel', async () => {
    const wb = roster();
    await wb.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem('My Sheet').getRange('B2:C3').load('address');
      const b = ctx.workbook.worksheets.getItem('名单').getRange('A:B').load('address');
      await ctx.sync();
      expect(a.address).toBe("'My Sheet'!B2:C3");
      expect(b.address).toBe('名单!A:B');
    });
  });
});

describe('limits and counters', () => {
  it('fails a sync that reads more than 5,000,000 cells', async () => {
    const wb = roster();
    const c = await code(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('名单').getRange('A:E').load('values');
        await ctx.sync();
      }),
    );
    expect(c).toBe('RangeExceedsLimit');
  });

  it('fails a response over 5 MB and a request over 5 MB', async () => {
    const big = 'x'.repeat(200);
    const rows = Array.from({ length: 30_000 }, () => [big]);
    const wb = DoubleWorkbook.fromSheets([{ name: 'S', rows }]);
    const read = await code(
      wb.run(async (ctx) =>
        ctx.sync(ctx.workbook.worksheets.getItem('S').getRange('A1:A30000').load('values')),
      ),
    );
    expect(read).toBe('ResponsePayloadSizeLimitExceeded');
    const write = await code(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('B1:B30000').values = rows;
        await ctx.sync();
      }),
    );
    expect(write).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.sheet('S').cells.get(1)?.get(2)).toBeUndefined();
  });

  it('counts syncs, bytes and cells', async () => {
    const wb = roster();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('名单').getRange('A1:C3').load('values');
      await ctx.sync();
      await ctx.sync();
    });
    expect(wb.stats.syncs).toBe(2);
    expect(wb.stats.cellsRead).toBe(9);
    expect(wb.stats.bytesRead).toBeGreaterThan(JSON.stringify([['姓名']]).length);
    expect(wb.stats.runs).toBe(1);
  });

  it('gives a used range that ignores formatting with valuesOnly', async () => {
    const wb = roster();
    wb.setCell('名单', 'A1048576', { fill: '#FFFF00' });
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('名单');
      const all = s.getUsedRange().load('address');
      const values = s.getUsedRange(true).load('address');
      await ctx.sync();
      expect(all.address).toBe('名单!A:C');
      expect(values.address).toBe('名单!A1:C3');
    });
  });

  it('simulates cell-edit mode', async () => {
    const wb = roster();
    wb.injectFault({ code: 'InvalidOperationInCellEditMode', times: 2 });
    const run = (): Promise<string> => code(wb.run(async (ctx) => ctx.sync()));
    expect(await run()).toBe('InvalidOperationInCellEditMode');
    expect(await run()).toBe('InvalidOperationInCellEditMode');
    expect(await run()).toBe('resolved');
  });
});

describe('conditional formats and snapshots', () => {
  it('adds at the top priority, lists touching formats, and deleting restores the snapshot', async () => {
    const wb = roster();
    wb.addConditionalFormat('名单', {
      type: 'Custom',
      ranges: ['A2:C3'],
      formula: '=$A2=""',
      fill: '#00FF00',
    });
    const before = wb.snapshot();
    await wb.run(async (ctx) => {
      const cf = ctx.workbook.worksheets
        .getItem('名单')
        .getRanges('A2:C2,A3:C3')
        .conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE';
      cf.custom.format.fill.color = '#f8cbad';
      await ctx.sync();
    });
    expect(wb.snapshot()).not.toEqual(before);
    await wb.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets
        .getItem('名单')
        .getRange()
        .conditionalFormats.load('items/type,items/priority,items/customOrNullObject/rule/formula');
      await ctx.sync();
      expect(cfs.items.map((c) => [c.priority, c.customOrNullObject.rule.formula])).toEqual([
        [0, '=TRUE'],
        [1, '=$A2=""'],
      ]);
      cfs.items[0]!.delete();
      await ctx.sync();
    });
    expect(wb.snapshot()).toEqual(before);
  });

  it('marks customOrNullObject null on other types', async () => {
    const wb = roster();
    wb.addConditionalFormat('名单', { type: 'DataBar', ranges: ['B2:B3'], barColor: '#638EC6' });
    await wb.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets
        .getItem('名单')
        .getRange()
        .conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
      await ctx.sync();
      const only = cfs.items[0]!;
      expect(only.type).toBe('DataBar');
      expect(only.customOrNullObject.isNullObject).toBe(true);
      expect(thrown(() => only.customOrNullObject.rule.formula)).toBe('PropertyNotLoaded');
    });
  });
});
