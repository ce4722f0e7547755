/** Limits real Excel enforces (Office Add-ins resource limits, Excel specifications). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Request and response payloads of one `sync` (Excel on the web: 5 MB). */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;
/** Cells one `sync` may read. */
export const MAX_CELLS_READ = 5_000_000;
/** Length of the address string `getRanges` accepts. */
export const MAX_RANGES_ADDRESS = 8_192;
/** Sheet names: at most 31 characters. */
export const MAX_SHEET_NAME = 31;
