import type { EtWindow } from '../../src/wps/et';
import { DoubleMisuse, refused, unsupported } from './errors';
import { MAX_COLS, MAX_ROWS, type PaneState } from './state';

/** What the window needs from its workbook. */
export interface WindowHost {
  /** The active sheet's panes: the window shows one sheet at a time and keeps panes per sheet. */
  panes(): PaneState;
  /** Whether this WPS lacks the member (`Window.FreezePanes`, …). */
  lacks(member: string): boolean;
}

/**
 * A proxy that refuses every member the target does not define, read or written: the adapter may
 * use only what the double models (src/wps/et.ts names it).
 */
export function strict<T extends object>(target: T, what: string): T {
  const known = (p: string | symbol): boolean => typeof p === 'symbol' || p in target;
  return new Proxy(target, {
    get(t, p, receiver) {
      if (!known(p)) throw new DoubleMisuse(`${what}.${String(p)} is not modelled`);
      return Reflect.get(t, p, receiver) as unknown;
    },
    set(t, p, value, receiver) {
      if (!known(p)) throw new DoubleMisuse(`${what}.${String(p)} is not modelled`);
      return Reflect.set(t, p, value, receiver);
    },
  });
}

function count(n: number, min: number, max: number, member: string): number {
  if (!Number.isInteger(n) || n < min || n > max) throw refused(`${member} = ${n}`);
  return n;
}

/**
 * ActiveWindow as Excel VBA documents it and WPS follows: its panes are the active sheet's.
 * FreezePanes = true freezes at the split; without one it would freeze at the selection, which
 * the double does not model. FreezePanes = false on frozen panes removes them, split and all.
 * Moving the split or scrolling while frozen is not modelled either (the adapter unfreezes first).
 */
export function windowDouble(host: WindowHost): EtWindow {
  const pane = (member: string): PaneState => {
    if (host.lacks(`Window.${member}`)) throw unsupported(`Window.${member}`);
    return host.panes();
  };
  const unfrozen = (member: string): PaneState => {
    const p = pane(member);
    if (p.frozen) throw new DoubleMisuse(`${member} on frozen panes is not modelled`);
    return p;
  };
  const w: EtWindow = {
    get FreezePanes() {
      return pane('FreezePanes').frozen;
    },
    set FreezePanes(on: boolean) {
      const p = pane('FreezePanes');
      if (host.lacks(`Window.FreezePanes=${String(on)}`)) throw unsupported(`FreezePanes = ${on}`);
      if (on && p.splitRow === 0 && p.splitColumn === 0)
        throw new DoubleMisuse(
          'FreezePanes without a split freezes at the selection: not modelled',
        );
      if (!on && p.frozen) Object.assign(p, { splitRow: 0, splitColumn: 0 });
      p.frozen = on;
    },
    get SplitRow() {
      return pane('SplitRow').splitRow;
    },
    set SplitRow(n: number) {
      unfrozen('SplitRow').splitRow = count(n, 0, MAX_ROWS - 1, 'SplitRow');
    },
    get SplitColumn() {
      return pane('SplitColumn').splitColumn;
    },
    set SplitColumn(n: number) {
      unfrozen('SplitColumn').splitColumn = count(n, 0, MAX_COLS - 1, 'SplitColumn');
    },
    get ScrollRow() {
      return pane('ScrollRow').scrollRow;
    },
    set ScrollRow(n: number) {
      unfrozen('ScrollRow').scrollRow = count(n, 1, MAX_ROWS, 'ScrollRow');
    },
    get ScrollColumn() {
      return pane('ScrollColumn').scrollColumn;
    },
    set ScrollColumn(n: number) {
      unfrozen('ScrollColumn').scrollColumn = count(n, 1, MAX_COLS, 'ScrollColumn');
    },
  };
  return strict(w, 'Window');
}
