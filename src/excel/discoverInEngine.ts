import type { MappingOverride } from '../core/discovery/types';
import { HEAD_ROWS, type Discovery } from '../core/pipeline';
import type { Policy } from '../core/policy/types';
import type { HeldImport } from '../taskpane/importer/types';
import type { CheckEngine } from './engine';
import type { HeadRead } from './heads';

export interface DiscoverOptions {
  readonly overrides?: readonly MappingOverride[];
  /** Grade files the teacher picked in the pane: their heads join the workbook's. */
  readonly imported?: readonly HeldImport[];
  readonly date1904?: boolean;
}

/**
 * Starts the engine's session and gives it every sheet's head, the workbook's then the imported
 * files', and returns its review. The heads are posted together and their answers awaited at once.
 */
export async function discoverInEngine(
  engine: CheckEngine,
  policy: Policy,
  heads: readonly HeadRead[],
  options: DiscoverOptions,
): Promise<Discovery> {
  engine.start(policy, {
    overrides: options.overrides ?? [],
    ...(options.date1904 ? { date1904: true } : {}),
  });
  const asked = heads.map(({ head }) =>
    engine.head(
      { sheet: head.sheet, ...(head.hidden ? { hidden: true } : {}) },
      head.firstRow ?? 1,
      head.rows,
    ),
  );
  for (const g of (options.imported ?? []).flatMap((held) => held.heads))
    asked.push(
      engine.head(
        {
          ...(g.file !== undefined ? { file: g.file } : {}),
          sheet: g.sheet,
          // An imported CSV or HTML export holds displayed text: IDs there may have lost digits.
          ...(g.displayed ? { displayed: true } : {}),
        },
        g.firstRow ?? 1,
        g.rows.slice(0, HEAD_ROWS),
      ),
    );
  const review = engine.review();
  await Promise.all(asked);
  return review;
}
