import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FixtureCell, FixtureSheet } from '../../../test/e2e/sheetSpecs';
import type * as ReadXlsxModule from '../../../src/cli/io/readXlsx';

const LIB = join(__dirname, '..', '..', '..', 'lib');
const requireLib = createRequire(join(LIB, 'index.js'));

function fixtureCell(cell: unknown): FixtureCell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean')
    return cell;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return JSON.stringify(cell);
}

/**
 * The roster workbook as sheets of the pane's Excel double: the pane checks an open workbook, so
 * the bench's roster file becomes that workbook (read with the command line's reader, in lib/).
 */
export async function rosterFixture(path: string): Promise<FixtureSheet[]> {
  const { readXlsxRows } = requireLib(join(LIB, 'cli/io/readXlsx')) as typeof ReadXlsxModule;
  const sheets: FixtureSheet[] = [];
  await readXlsxRows(path, {
    beginSheet: (info) => {
      const rows: FixtureCell[][] = [];
      return {
        row: (n, cells) => {
          while (rows.length < n - 1) rows.push([]);
          rows[n - 1] = cells.map(fixtureCell);
        },
        end: () => sheets.push({ name: info.sheet, rows, hidden: info.hidden }),
      };
    },
  });
  return sheets;
}
