/** Where a sheet is being rendered, and what must be finished after every sheet exists. */
export interface RenderTarget {
  readonly ws: Excel.Worksheet;
  /** Tables added under Excel's automatic names; they get their model names at the very end. */
  readonly tables: { readonly table: Excel.Table; readonly name: string }[];
}

/**
 * One queued piece of a sheet's rendering with its estimated request size, so the writer can
 * keep every sync under Excel's 5 MB request limit without knowing what the piece does.
 */
export interface Step {
  readonly bytes: number;
  apply(target: RenderTarget): void;
}

/** Request bytes of a call carrying `payload` (its JSON plus the call's own overhead). */
export function bytesOf(payload: unknown): number {
  const json = JSON.stringify(payload) ?? '';
  let n = 120;
  for (let i = 0; i < json.length; i++) n += json.charCodeAt(i) < 0x80 ? 1 : 3;
  return n;
}
