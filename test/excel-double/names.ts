import { formatAddress } from './a1';
import { RichApiError } from './errors';
import { assertAlive, rangeArg } from './guards';
import { DObject, resolvedSlot, strict, type Prop } from './proxy';
import { checkDefinedName } from './sheetNames';
import type { NameState, SheetState } from './state';

interface NameTarget {
  readonly sheet: SheetState;
  readonly item: NameState;
}

const STRING_CONSTANT = /^="((?:[^"]|"")*)"$/;

function valueOf(formula: string): { value: unknown; type: string } {
  const s = STRING_CONSTANT.exec(formula);
  if (s) return { value: s[1]!.replace(/""/g, '"'), type: 'String' };
  const body = formula.slice(1);
  if (/^-?\d+(\.\d+)?$/.test(body)) return { value: Number(body), type: 'Double' };
  if (/^(TRUE|FALSE)$/i.test(body))
    return { value: body.toUpperCase() === 'TRUE', type: 'Boolean' };
  return { value: body, type: 'Range' };
}

const PROPS: Record<string, Prop<NameTarget>> = {
  name: { get: (t) => t.item.name },
  formula: { get: (t) => t.item.formula },
  value: { get: (t) => valueOf(t.item.formula).value },
  type: { get: (t) => valueOf(t.item.formula).type },
  scope: { get: () => 'Worksheet' },
  comment: { get: (t) => t.item.comment, set: (t, v) => (t.item.comment = String(v)) },
  visible: {
    get: (t) => t.item.visible,
    set: (t, v) => {
      if (typeof v !== 'boolean')
        throw new RichApiError('InvalidArgument', 'visible must be a boolean.');
      t.item.visible = v;
    },
  },
};

/** `NamedItem` scoped to a worksheet. */
export class NamedItemP extends DObject<NameTarget> {
  get __type(): string {
    return 'NamedItem';
  }
  __props(): Readonly<Record<string, Prop<NameTarget>>> {
    return PROPS;
  }
  override __alive(t: NameTarget): void {
    assertAlive(t.sheet);
    if (t.sheet.names.get(t.item.name.toUpperCase()) !== t.item)
      throw new RichApiError('ItemNotFound', `The name '${t.item.name}' was deleted.`);
  }
  delete(): void {
    this.__write('delete', null, (t) => t.sheet.names.delete(t.item.name.toUpperCase()));
  }
}

/** `NamedItemCollection` of a worksheet (`worksheet.names`). */
export class NamedItemCollectionP extends DObject<SheetState> {
  get __type(): string {
    return 'NamedItemCollection';
  }
  __props(): Readonly<Record<string, Prop<SheetState>>> {
    return {};
  }
  override __alive(t: SheetState): void {
    assertAlive(t);
  }
  override __items(t: SheetState): DObject<unknown>[] {
    return [...t.names.values()].map((item) =>
      strict(new NamedItemP(this.__ctx, resolvedSlot({ sheet: t, item }))),
    );
  }
  /** Adds a name referring to a formula (`="text"`) or a range. */
  add(name: string, reference: unknown, comment = ''): NamedItemP {
    return this.__create(
      'add',
      { name, reference: typeof reference === 'string' ? reference : null, comment },
      true,
      NamedItemP,
      (t) => {
        const key = checkDefinedName(name).toUpperCase();
        if (t.names.has(key))
          throw new RichApiError('ItemAlreadyExists', `The name '${name}' already exists.`);
        let formula: string;
        if (typeof reference === 'string') {
          if (!reference.startsWith('='))
            throw new RichApiError('InvalidArgument', `Invalid reference ${reference}.`);
          formula = reference;
        } else formula = `=${formatAddress(t.name, rangeArg(t, reference))}`;
        const item: NameState = { name, formula, visible: true, comment };
        t.names.set(key, item);
        return { sheet: t, item };
      },
    );
  }
  getItem(name: string): NamedItemP {
    return this.lookup(name, false);
  }
  getItemOrNullObject(name: string): NamedItemP {
    return this.lookup(name, true);
  }
  private lookup(name: string, orNull: boolean): NamedItemP {
    return this.__create('getItem', { name }, false, NamedItemP, (t) => {
      const item = t.names.get(name.toUpperCase());
      if (item) return { sheet: t, item };
      if (orNull) return null;
      throw new RichApiError('ItemNotFound', `The name '${name}' does not exist.`);
    });
  }
}
