import type { CellStyle, ModelSheet } from '../../core/report/sheetModel';
import { STYLE_SPECS } from '../../core/report/styles';
import { LINK_COLOUR } from '../../core/report/writerDefaults';
import { addressLists } from '../address';
import { mergeRows, type Area } from '../../core/marks';
import { modelWidth } from './cellBlocks';
import { bytesOf, type Step } from './step';

/** One formatting property a group of cells shares. */
type Look =
  | { readonly key: 'fill'; readonly value: string }
  | { readonly key: 'font'; readonly value: string }
  | { readonly key: 'bold'; readonly value: true }
  | { readonly key: 'size'; readonly value: number }
  | { readonly key: 'align'; readonly value: 'Left' | 'Center' | 'Right' }
  | { readonly key: 'wrap'; readonly value: true }
  | { readonly key: 'underline'; readonly value: 'Single' };

function looksOf(
  style: CellStyle | undefined,
  extra: { link?: boolean; align?: 'left' | 'center' | 'right'; wrap?: boolean },
): Look[] {
  const spec = style ? STYLE_SPECS[style] : {};
  const out: Look[] = [];
  if (spec.fill) out.push({ key: 'fill', value: spec.fill });
  const font = spec.font ?? (extra.link ? LINK_COLOUR : undefined);
  if (font) out.push({ key: 'font', value: font });
  if (spec.bold) out.push({ key: 'bold', value: true });
  if (spec.size) out.push({ key: 'size', value: spec.size });
  if (extra.link) out.push({ key: 'underline', value: 'Single' });
  if (extra.align)
    out.push({
      key: 'align',
      value: extra.align === 'left' ? 'Left' : extra.align === 'center' ? 'Center' : 'Right',
    });
  if (extra.wrap) out.push({ key: 'wrap', value: true });
  return out;
}

function apply(format: Excel.RangeFormat, look: Look): void {
  switch (look.key) {
    case 'fill':
      format.fill.color = look.value;
      return;
    case 'font':
      format.font.color = look.value;
      return;
    case 'bold':
      format.font.bold = true;
      return;
    case 'size':
      format.font.size = look.value;
      return;
    case 'underline':
      format.font.underline = look.value;
      return;
    case 'align':
      format.horizontalAlignment = look.value;
      format.verticalAlignment = 'Center';
      return;
    case 'wrap':
      format.wrapText = true;
      format.verticalAlignment = 'Center';
      return;
  }
}

/**
 * Every look of the sheet as few `getRanges` calls as possible: cells sharing a property are
 * grouped into address lists under Excel's 8,192-character limit. Row fills go first so that a
 * cell's own style wins where both set the same property.
 */
export function lookSteps(sheet: ModelSheet): Step[] {
  const groups = new Map<string, { look: Look; areas: Area[] }>();
  const add = (look: Look, area: Area): void => {
    const id = `${look.key}=${String(look.value)}`;
    const g = groups.get(id) ?? { look, areas: [] };
    g.areas.push(area);
    groups.set(id, g);
  };
  const width = modelWidth(sheet);
  for (const [row, style] of Object.entries(sheet.rowStyles ?? {}))
    for (const look of looksOf(style, {}))
      add(look, { r1: Number(row), c1: 1, r2: Number(row), c2: Math.max(width, 1) });
  const rowGroups = new Map<string, { look: Look; areas: Area[] }>(groups);
  groups.clear();
  sheet.rows.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      if (!cell) return;
      const extra = {
        link: cell.link !== undefined,
        ...(cell.align ? { align: cell.align } : {}),
        ...(cell.wrap ? { wrap: true } : {}),
      };
      for (const look of looksOf(cell.style, extra))
        add(look, { r1: i + 1, c1: j + 1, r2: i + 1, c2: j + 1 });
    }),
  );
  const steps: Step[] = [];
  for (const g of [...rowGroups.values(), ...groups.values()]) {
    for (const list of addressLists(mergeRows(joinColumns(g.areas)))) {
      steps.push({
        bytes: bytesOf([list, g.look]),
        apply: ({ ws }) => apply(ws.getRanges(list).format, g.look),
      });
    }
  }
  return steps;
}

/** Neighbouring cells of one row become one area. */
function joinColumns(areas: readonly Area[]): Area[] {
  const sorted = [...areas].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  const out: Area[] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    if (last && last.r1 === a.r1 && last.r2 === a.r2 && a.c1 <= last.c2 + 1)
      out[out.length - 1] = { ...last, c2: Math.max(last.c2, a.c2) };
    else out.push(a);
  }
  return out;
}
