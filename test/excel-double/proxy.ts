import type { BatchState, DoubleContext } from './context';
import { DoubleMisuse, RichApiError, notLoaded } from './errors';
import { jsonBytes } from './size';

/** A loadable and/or settable scalar property of a proxy class. */
export interface Prop<T> {
  get?(t: T): unknown;
  set?(t: T, value: unknown): void;
  /** Cells the load touches (values, formulas, number formats): counted against the 5,000,000 limit. */
  cells?(t: T): number;
}

/** Where a proxy's server object is: filled in by a queued action, or derived from a parent. */
export interface Slot<T> {
  resolved: boolean;
  value: T | null;
  readonly derive?: () => T | null;
}

/** A slot that a queued action will fill. */
export function pendingSlot<T>(): Slot<T> {
  return { resolved: false, value: null };
}

/** A slot known already (collection items materialised during a sync). */
export function resolvedSlot<T>(value: T): Slot<T> {
  return { resolved: true, value };
}

/** Makes a navigation child (e.g. `range.format`) of a parent object. */
export interface NavFactory<T> {
  make(parent: DObject<T>): DObject<unknown>;
}

/** The slot of a navigation child: its target is computed from the parent's whenever needed. */
export function derivedSlot<P, C>(parent: DObject<P>, f: (t: P) => C | null): Slot<C> {
  return {
    resolved: true,
    value: null,
    derive: () => {
      const t = parent.__targetOrNull();
      return t === null ? null : f(t);
    },
  };
}

const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'constructor']);

/**
 * Base of every double object. The Proxy around it makes it strict like Office.js: a property is
 * readable only once loaded and synced, setting queues a write, and anything the double does not
 * model throws instead of quietly returning undefined.
 */
export abstract class DObject<T> {
  readonly __loaded = new Map<string, unknown>();
  readonly __children = new Map<string, DObject<unknown>>();

  constructor(
    readonly __ctx: DoubleContext,
    readonly __slot: Slot<T>,
  ) {}

  abstract get __type(): string;
  abstract __props(): Readonly<Record<string, Prop<T>>>;

  /** Navigation properties: child objects whose target derives from this one's. */
  __navs(): Readonly<Record<string, NavFactory<T>>> {
    return {};
  }

  /** Targets of a collection's items, for `load('items/...')`. */
  __items(_t: T): DObject<unknown>[] | undefined {
    return undefined;
  }

  /** Throws when the target no longer exists (e.g. its sheet was deleted). */
  __alive(_t: T): void {}

  __isResolved(): boolean {
    return this.__slot.derive ? true : this.__slot.resolved;
  }

  __targetOrNull(): T | null {
    if (this.__slot.derive) return this.__slot.derive();
    if (!this.__slot.resolved) throw new DoubleMisuse(`${this.__type} used before it was resolved`);
    return this.__slot.value;
  }

  __target(): T {
    const t = this.__targetOrNull();
    if (t === null)
      throw new RichApiError(
        'ItemNotFound',
        `The ${this.__type} does not exist (null object).`,
        this.__type,
      );
    this.__alive(t);
    return t;
  }

  /** Queues `load` of leaf paths (`values`, `format/fill/color`, `items/name`). */
  load(spec?: string | string[]): this {
    if (spec === undefined)
      throw new DoubleMisuse(
        `${this.__type}.load() without property names: load leaf properties only`,
      );
    if (typeof spec !== 'string' && !Array.isArray(spec))
      throw new DoubleMisuse('load(options) is not modelled');
    const paths = (Array.isArray(spec) ? spec : spec.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (paths.length === 0) throw new DoubleMisuse(`${this.__type}.load('') names no property`);
    const segs = paths.map((p) => p.split('/'));
    this.__ctx.enqueue({
      label: `${this.__type}.load(${paths.join(',')})`,
      write: false,
      requestBytes: 24 + paths.join(',').length,
      run: (b) => this.__loadPaths(segs, b),
    });
    return this;
  }

  /** Runs a load at sync time; paths sharing a head are grouped so collection items are made once. */
  __loadPaths(paths: readonly (readonly string[])[], b: BatchState): void {
    const t = this.__targetOrNull();
    if (t === null) return;
    this.__alive(t);
    const groups = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) {
      if (head === undefined || head === 'isNullObject') continue;
      groups.set(head, [...(groups.get(head) ?? []), rest]);
    }
    for (const [head, rests] of groups) this.__loadHead(t, head, rests, b);
  }

  private __loadHead(t: T, head: string, rests: string[][], b: BatchState): void {
    const deeper = rests.filter((r) => r.length > 0);
    const prop = this.__props()[head];
    if (prop) {
      if (deeper.length > 0 || !prop.get)
        throw new DoubleMisuse(`${this.__type}.${head} cannot be loaded that way`);
      b.cells += prop.cells?.(t) ?? 0;
      if (b.cells > 5_000_000) return;
      const value = prop.get(t);
      b.bytes += jsonBytes(value) + head.length + 4;
      b.commits.push(() => this.__loaded.set(head, value));
      return;
    }
    if (head in this.__navs()) {
      if (deeper.length < rests.length)
        throw new DoubleMisuse(
          `${this.__type}.load('${head}') loads an object: name its leaf properties`,
        );
      this.__child(head).__loadPaths(deeper, b);
      return;
    }
    const items = head === 'items' ? this.__items(t) : undefined;
    if (!items)
      throw new DoubleMisuse(`${this.__type}.${head} is not a loadable property of the double`);
    for (const item of items) item.__loadPaths(deeper, b);
    b.bytes += 8 * items.length;
    b.commits.push(() => this.__loaded.set('items', items));
  }

  __child(name: string): DObject<unknown> {
    let c = this.__children.get(name);
    if (!c) {
      const make = this.__navs()[name];
      if (!make) throw new DoubleMisuse(`${this.__type}.${name} is not modelled`);
      c = make.make(this);
      this.__children.set(name, c);
    }
    return c;
  }

  /** Queues a write that runs against the resolved target at sync time. */
  __write(label: string, args: unknown, run: (t: T) => void): void {
    this.__ctx.enqueue({
      label: `${this.__type}.${label}`,
      write: true,
      requestBytes: 24 + label.length + jsonBytes(args ?? null),
      run: () => run(this.__target()),
    });
  }

  /** Queues the creation of an object whose target is computed at that point of the batch. */
  __create<U, O extends DObject<U>>(
    label: string,
    args: unknown,
    write: boolean,
    Ctor: new (ctx: DoubleContext, slot: Slot<U>) => O,
    resolve: (t: T) => U | null,
  ): O {
    const slot = pendingSlot<U>();
    const obj = strict(new Ctor(this.__ctx, slot));
    this.__ctx.enqueue({
      label: `${this.__type}.${label}`,
      write,
      requestBytes: 24 + label.length + jsonBytes(args ?? null),
      run: () => {
        slot.value = resolve(this.__target());
        slot.resolved = true;
      },
    });
    return obj;
  }

  __read(prop: string): unknown {
    if (!this.__loaded.has(prop)) throw notLoaded(this.__type, prop);
    return this.__loaded.get(prop);
  }
}

const handler: ProxyHandler<DObject<unknown>> = {
  get(t, prop, receiver) {
    if (typeof prop === 'symbol') return Reflect.get(t, prop, receiver) as unknown;
    if (prop === 'context') return t.__ctx;
    if (prop === 'isNullObject') {
      if (!t.__isResolved()) throw notLoaded(t.__type, prop);
      return t.__targetOrNull() === null;
    }
    if (prop === 'items' && t.__loaded.has('items')) return t.__loaded.get('items');
    if (prop in t.__props()) return t.__read(prop);
    if (prop in t.__navs()) return t.__child(prop);
    if (prop in t) return Reflect.get(t, prop, receiver) as unknown;
    if (prop === 'items') throw notLoaded(t.__type, prop);
    if (PROBES.has(prop) || /^(_|\$\$|@@)/.test(prop)) return undefined;
    throw new DoubleMisuse(`${t.__type}.${prop} is not modelled by the double`);
  },
  set(t, prop, value) {
    if (typeof prop === 'string') {
      const p = t.__props()[prop];
      if (p?.set) {
        const copy: unknown = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
        t.__write(`${prop}=`, { [prop]: copy }, (target) => p.set!(target, copy));
        return true;
      }
      if (prop.startsWith('__')) return Reflect.set(t, prop, value);
    }
    throw new DoubleMisuse(`${t.__type}.${String(prop)} cannot be set in the double`);
  },
};

/** Wraps a double object in its strict Proxy. */
export function strict<O extends DObject<unknown>>(o: O): O {
  return new Proxy(o, handler) as O;
}
