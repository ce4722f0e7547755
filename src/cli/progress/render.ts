/** Columns a string takes on a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A byte count as a person reads it: 512 B, 3.4 KB, 12.0 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Cuts `text` to at most `width` columns, marking the cut with "…". */
function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * One progress line, never wider than `columns`: label, bar, percentage and bytes. A narrow
 * terminal drops the bar before the numbers.
 */
export function renderProgressLine(
  label: string,
  bytesRead: number,
  totalBytes: number,
  columns: number,
): string {
  const fraction = totalBytes > 0 ? Math.min(1, Math.max(0, bytesRead / totalBytes)) : 0;
  const percent = `${String(Math.floor(fraction * 100)).padStart(3)}%`;
  const numbers = `${percent} ${formatBytes(Math.min(bytesRead, totalBytes))} / ${formatBytes(totalBytes)}`;
  // One column is kept free: writing into the last one makes some terminals wrap.
  const room = columns - 1 - numbers.length - 1;
  const labelWidth = Math.min(displayWidth(label), Math.max(8, Math.floor(room / 2)));
  const barWidth = Math.min(40, room - labelWidth - 3);
  const shown = fit(label, labelWidth);
  if (barWidth < 5) return fit(`${shown} ${numbers}`, Math.max(1, columns - 1));
  const filled = Math.round(fraction * barWidth);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`;
  return `${shown} [${bar}] ${numbers}`;
}
