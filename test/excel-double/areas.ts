import { formatAddress, rectA1 } from './a1';
import { CfCollectionP } from './cf';
import { RangeFormatP } from './format';
import { assertAlive, type AreasTarget } from './guards';
import { derivedSlot, DObject, strict, type NavFactory, type Prop } from './proxy';
import { rectCells } from './rect';

const PROPS: Record<string, Prop<AreasTarget>> = {
  address: {
    get: (t) =>
      t.rects.map((r, i) => (i === 0 ? formatAddress(t.sheet.name, r) : rectA1(r))).join(','),
  },
  areaCount: { get: (t) => t.rects.length },
  cellCount: { get: (t) => t.rects.reduce((n, r) => n + rectCells(r), 0) },
};

const NAVS: Record<string, NavFactory<AreasTarget>> = {
  format: {
    make: (p) =>
      strict(
        new RangeFormatP(
          p.__ctx,
          derivedSlot(p, (t: AreasTarget) => t),
        ),
      ),
  },
  conditionalFormats: {
    make: (p) =>
      strict(
        new CfCollectionP(
          p.__ctx,
          derivedSlot(p, (t: AreasTarget) => t),
        ),
      ),
  },
};

/** `RangeAreas`: several rectangles of one sheet, formatted as one. */
export class RangeAreasP extends DObject<AreasTarget> {
  get __type(): string {
    return 'RangeAreas';
  }
  __props(): Readonly<Record<string, Prop<AreasTarget>>> {
    return PROPS;
  }
  override __navs(): Readonly<Record<string, NavFactory<AreasTarget>>> {
    return NAVS;
  }
  override __alive(t: AreasTarget): void {
    assertAlive(t.sheet);
  }
}
