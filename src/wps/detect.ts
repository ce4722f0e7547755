import type { Row } from '../core/cells';
import type { HeaderCell, MappingOverride } from '../core/discovery/types';
import { presetPolicy } from '../core/policy/presets';
import { startCheck } from '../core/session';
import type { Detection } from '../taskpane/gateway';
import type { EtApplication } from './et';
import { activeBook, isInput, listSheets } from './inventory';
import { openHeads } from './read';

/** The first row with two or more texts: what the mapping dropdowns offer for a sheet with no table. */
function headerGuess(rows: readonly Row[]): HeaderCell[] {
  for (const row of rows) {
    const cells: HeaderCell[] = [];
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v === 'string' && v.trim() !== '') cells.push({ col: i + 1, text: v.trim() });
    }
    if (cells.length >= 2) return cells;
  }
  return [];
}

/** Discovery alone, for the column mapping: every table found, usable or not. */
export async function runDetect(
  app: EtApplication,
  overrides: readonly MappingOverride[] = [],
): Promise<Detection> {
  const session = startCheck(presetPolicy('national-school'), overrides);
  const open = await openHeads(session, listSheets(activeBook(app)).filter(isInput));
  const { found } = session.review();
  return {
    mappings: found,
    sheets: open.map((o) => ({
      name: o.info.name,
      headers: found.find((m) => m.sheet === o.info.name)?.headers ?? headerGuess(o.head),
    })),
  };
}
