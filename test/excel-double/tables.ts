import { RichApiError } from './errors';
import { DoubleMisuse } from './errors';
import { assertWritable, rangeArg } from './guards';
import { DObject, resolvedSlot, strict, type Prop } from './proxy';
import { intersect } from './rect';
import { checkDefinedName } from './sheetNames';
import { ensureCell, type SheetState, type TableState, type WorkbookState } from './state';

interface TableTarget {
  readonly wb: WorkbookState;
  readonly table: TableState;
}

function nameTaken(wb: WorkbookState, name: string, except?: TableState): boolean {
  return wb.tables.some((tb) => tb !== except && tb.name.toUpperCase() === name.toUpperCase());
}

const PROPS: Record<string, Prop<TableTarget>> = {
  id: { get: (t) => t.table.id },
  name: {
    get: (t) => t.table.name,
    set: (t, v) => {
      const name = checkDefinedName(v);
      if (nameTaken(t.wb, name, t.table))
        throw new RichApiError('ItemAlreadyExists', `A table named '${name}' already exists.`);
      t.table.name = name;
    },
  },
  showTotals: {
    get: (t) => t.table.showTotals,
    set: (t, v) => {
      if (v !== false) throw new DoubleMisuse('total rows are not modelled');
      t.table.showTotals = false;
    },
  },
  showFilterButton: {
    get: (t) => t.table.showFilterButton,
    set: (t, v) => (t.table.showFilterButton = v === true),
  },
  style: { get: (t) => t.table.style, set: (t, v) => (t.table.style = String(v)) },
};

/** `Table`. */
export class TableP extends DObject<TableTarget> {
  get __type(): string {
    return 'Table';
  }
  __props(): Readonly<Record<string, Prop<TableTarget>>> {
    return PROPS;
  }
  override __alive(t: TableTarget): void {
    if (!t.wb.tables.includes(t.table))
      throw new RichApiError('ItemNotFound', 'The table was deleted.');
  }
}

/** Header cells must be distinct text: Excel fills blanks with ColumnN and numbers duplicates. */
function fixHeaders(sheet: SheetState, row: number, c1: number, c2: number): void {
  const seen = new Set<string>();
  for (let col = c1; col <= c2; col++) {
    const c = ensureCell(sheet, row, col);
    let text = c.value === null || c.value === '' ? `Column${col - c1 + 1}` : String(c.value);
    const base = text;
    for (let n = 2; seen.has(text.toUpperCase()); n++) text = `${base}${n}`;
    seen.add(text.toUpperCase());
    c.value = text;
    delete c.formula;
  }
}

function item(p: DObject<unknown>, wb: WorkbookState, table: TableState): TableP {
  return strict(new TableP(p.__ctx, resolvedSlot({ wb, table })));
}

/** `TableCollection` of a worksheet. */
export class TableCollectionP extends DObject<SheetState> {
  get __type(): string {
    return 'TableCollection';
  }
  __props(): Readonly<Record<string, Prop<SheetState>>> {
    return {};
  }
  override __items(t: SheetState): DObject<unknown>[] {
    const wb = this.__ctx.host.state;
    return wb.tables.filter((tb) => tb.sheetId === t.id).map((tb) => item(this, wb, tb));
  }
  /** Turns a block with a header row into a table. */
  add(address: unknown, hasHeaders: boolean): TableP {
    if (!hasHeaders) throw new DoubleMisuse('tables without a header row are not modelled');
    return this.__create(
      'add',
      { address: typeof address === 'string' ? address : null },
      true,
      TableP,
      (t) => {
        assertWritable(t);
        const wb = this.__ctx.host.state;
        const rect = rangeArg(t, address);
        const clash =
          wb.tables.some((tb) => tb.sheetId === t.id && intersect(tb.rect, rect)) ||
          t.merges.some((m) => intersect(m, rect));
        if (clash)
          throw new RichApiError(
            'InvalidOperation',
            'A table cannot overlap another table or merged cells.',
          );
        fixHeaders(t, rect.r1, rect.c1, rect.c2);
        let n = wb.tables.length + 1;
        while (nameTaken(wb, `Table${n}`)) n++;
        const table: TableState = {
          id: this.__ctx.host.newId('table'),
          name: `Table${n}`,
          sheetId: t.id,
          rect,
          showTotals: false,
          showFilterButton: true,
          style: 'TableStyleMedium2',
        };
        wb.tables.push(table);
        return { wb, table };
      },
    );
  }
}

/** `workbook.tables`. */
export class WorkbookTablesP extends DObject<WorkbookState> {
  get __type(): string {
    return 'TableCollection';
  }
  __props(): Readonly<Record<string, Prop<WorkbookState>>> {
    return {};
  }
  override __items(wb: WorkbookState): DObject<unknown>[] {
    return wb.tables.map((tb) => item(this, wb, tb));
  }
  getItemOrNullObject(name: string): TableP {
    return this.__create('getItemOrNullObject', { name }, false, TableP, (wb) => {
      const table = wb.tables.find((tb) => tb.name.toUpperCase() === name.toUpperCase());
      return table ? { wb, table } : null;
    });
  }
}
