import { classifyAs, classifyHeaderRow, type Classified } from './classify';
import type { HeaderCell } from './types';

/** One table's share of a header row. */
export interface Segment {
  readonly cells: HeaderCell[];
  readonly found: Classified;
}

/** Header cells split wherever a column is empty. */
function runs(cells: readonly HeaderCell[]): HeaderCell[][] {
  const out: HeaderCell[][] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && cell.col === prev.col + 1) last.push(cell);
    else out.push([cell]);
  }
  return out;
}

function complete(found: Classified | undefined): found is Classified {
  return found !== undefined && found.requiredMet === found.requiredTotal;
}

/**
 * Tables side by side on one header row (a roster in A–I, a discipline register in K–N): the row
 * splits at empty columns, and every part that is a complete table on its own (all its required
 * columns) starts a table; other parts stay with the table on their left. Undefined when the row
 * holds fewer than two such tables, so a single table with a blank column stays one table.
 */
export function sideBySide(
  cells: readonly HeaderCell[],
  hints: readonly string[],
): Segment[] | undefined {
  const parts = runs(cells);
  if (parts.length < 2) return undefined;
  const groups: Segment[] = [];
  for (const part of parts) {
    const found = classifyHeaderRow(part, hints);
    const last = groups[groups.length - 1];
    if (complete(found)) groups.push({ cells: [...part], found });
    else if (last) last.cells.push(...part);
    else return undefined;
  }
  if (groups.length < 2) return undefined;
  // A table that took in unrecognised columns keeps its kind; its score counts them too.
  return groups.map((g) => ({ cells: g.cells, found: classifyAs(g.found.kind, g.cells, hints) }));
}
