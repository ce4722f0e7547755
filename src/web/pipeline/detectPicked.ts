import type { Row } from '../../core/cells';
import type { HeaderCell, MappingOverride } from '../../core/discovery/types';
import { discoverWorkbook } from '../../core/pipeline';
import { HEAD_ROWS } from '../../core/session';
import type { Detection } from '../../taskpane/gateway';
import type { ImportedFile } from '../../taskpane/importer/types';

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

/** Discovery alone over the picked files, for the 设置 tab's column mapping (as the pane's detect). */
export function detectPicked(
  files: readonly ImportedFile[],
  overrides: readonly MappingOverride[],
): Detection {
  const heads = files.flatMap((f) =>
    f.sheets.map((s) => ({ ...s, rows: s.rows.slice(0, HEAD_ROWS) })),
  );
  const { found } = discoverWorkbook(heads, overrides);
  return {
    mappings: found,
    sheets: heads.map((head) => ({
      name: head.sheet,
      headers: [
        ...(found.find((m) => m.sheet === head.sheet && m.file === head.file)?.headers ??
          firstHeaderRow(head.rows)),
      ],
    })),
  };
}
