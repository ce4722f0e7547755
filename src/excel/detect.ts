import type { HeaderCell, MappingOverride } from '../core/discovery/types';
import { discoverWorkbook } from '../core/pipeline';
import type { Row } from '../core/cells';
import type { TableMapping } from '../core/tables';
import { readHeads } from './heads';
import { takeInventory } from './inventory';

/** What auto-detection found: the tables, and every input sheet's header cells for the pane's dropdowns. */
export interface Detection {
  readonly mappings: TableMapping[];
  readonly sheets: { readonly name: string; readonly headers: HeaderCell[] }[];
}

function firstHeaderRow(rows: readonly Row[]): HeaderCell[] {
  for (const row of rows) {
    const cells: HeaderCell[] = [];
    row.forEach((v, i) => {
      if (typeof v === 'string' && v.trim() !== '') cells.push({ col: i + 1, text: v.trim() });
    });
    if (cells.length >= 2) return cells;
  }
  return [];
}

/**
 * Discovery alone (inventory and heads: 3 syncs), for the pane's column mapping. Every table found
 * is returned, including those missing a required column, so the teacher can complete them.
 */
export async function runDetect(
  ctx: Excel.RequestContext,
  overrides: readonly MappingOverride[] = [],
): Promise<Detection> {
  const heads = await readHeads(ctx, await takeInventory(ctx, { used: true }));
  const { found } = discoverWorkbook(
    heads.map((h) => h.head),
    overrides,
  );
  return {
    mappings: found,
    sheets: heads.map(({ head }) => ({
      name: head.sheet,
      headers: [
        ...(found.find((m) => m.sheet === head.sheet)?.headers ?? firstHeaderRow(head.rows)),
      ],
    })),
  };
}
