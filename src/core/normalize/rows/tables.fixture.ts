import type { RowRef } from '../../cells';
import { discoverTables } from '../../discovery/discoverTables';
import type { TableKind, TableMapping } from '../../tables';

/** The mapping discovery finds for a one-row header (tests build tables as teachers write them). */
export function mappingFor<K extends TableKind>(kind: K, header: string[]): TableMapping<K> {
  const [mapping] = discoverTables({ sheet: '表', rows: [header] });
  if (!mapping || mapping.kind !== kind) throw new Error(`header not read as ${kind}`);
  return mapping as TableMapping<K>;
}

/** The RowRef of data row `row` on the test sheet. */
export function refAt(row: number): RowRef {
  return { sheet: '表', row };
}
