/** Excel's longest sheet name. */
const MAX_NAME = 31;

/** A name Excel accepts: no : \ / ? * [ ], no apostrophe at either end, at most 31 characters. */
export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_NAME)
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Sheet' : cleaned;
}

/**
 * `wanted`, or `wanted (2)`, `wanted (3)`, … when a sheet of that name exists (names compare
 * case-insensitively, as in Excel). The chosen name is added to `taken`.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = cleanSheetName(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toUpperCase());
  return name;
}
