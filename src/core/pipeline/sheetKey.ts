/** Identity of a sheet across several input files: the same sheet name may appear in two files. */
export function sheetKey(file: string | undefined, sheet: string): string {
  return `${file ?? ''}\u0000${sheet}`;
}
