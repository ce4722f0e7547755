import { RichApiError } from './errors';
import { DObject, resolvedSlot, strict, type Prop } from './proxy';
import type { WorkbookState } from './state';

interface SettingTarget {
  readonly wb: WorkbookState;
  readonly key: string;
}

function jsonCopy(v: unknown): unknown {
  if (v === undefined) throw new RichApiError('InvalidArgument', 'A setting needs a value.');
  return JSON.parse(JSON.stringify(v)) as unknown;
}

const PROPS: Record<string, Prop<SettingTarget>> = {
  key: { get: (t) => t.key },
  value: {
    get: (t) => jsonCopy(t.wb.settings.get(t.key)),
    set: (t, v) => t.wb.settings.set(t.key, jsonCopy(v)),
  },
};

/** `Setting`: one key of the add-in's settings stored in the workbook. */
export class SettingP extends DObject<SettingTarget> {
  get __type(): string {
    return 'Setting';
  }
  __props(): Readonly<Record<string, Prop<SettingTarget>>> {
    return PROPS;
  }
  override __alive(t: SettingTarget): void {
    if (!t.wb.settings.has(t.key))
      throw new RichApiError('ItemNotFound', `The setting '${t.key}' does not exist.`);
  }
  delete(): void {
    this.__write('delete', null, (t) => t.wb.settings.delete(t.key));
  }
}

/** `SettingCollection` (`workbook.settings`, ExcelApi 1.4). */
export class SettingsP extends DObject<WorkbookState> {
  get __type(): string {
    return 'SettingCollection';
  }
  __props(): Readonly<Record<string, Prop<WorkbookState>>> {
    return {};
  }
  override __items(wb: WorkbookState): DObject<unknown>[] {
    return [...wb.settings.keys()].map((key) =>
      strict(new SettingP(this.__ctx, resolvedSlot({ wb, key }))),
    );
  }
  /** Sets or adds a setting. */
  add(key: string, value: unknown): SettingP {
    const copy = jsonCopy(value);
    return this.__create('add', { key, value: copy }, true, SettingP, (wb) => {
      if (typeof key !== 'string' || key === '' || key.length > 255)
        throw new RichApiError('InvalidArgument', 'Invalid setting key.');
      wb.settings.set(key, copy);
      return { wb, key };
    });
  }
  getItem(key: string): SettingP {
    return this.__create('getItem', { key }, false, SettingP, (wb) => {
      if (!wb.settings.has(key))
        throw new RichApiError('ItemNotFound', `The setting '${key}' does not exist.`);
      return { wb, key };
    });
  }
  getItemOrNullObject(key: string): SettingP {
    return this.__create('getItemOrNullObject', { key }, false, SettingP, (wb) =>
      wb.settings.has(key) ? { wb, key } : null,
    );
  }
}
