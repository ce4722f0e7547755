/** Where an in-workbook link points: `'Sheet ''name'''!B5` or `Sheet1!B5`, read back. */
export interface LinkTarget {
  readonly sheet: string;
  readonly cell: string;
}

const QUOTED = /^'((?:[^']|'')+)'!([A-Z]{1,3}[1-9][0-9]{0,6})$/;
const BARE = /^([^'!\s[\]:\\/?*]+)!([A-Z]{1,3}[1-9][0-9]{0,6})$/;

/** The sheet and cell a link location names, or undefined when it is not an in-workbook address. */
export function parseLocation(location: string): LinkTarget | undefined {
  const quoted = QUOTED.exec(location);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), cell: quoted[2]! };
  const bare = BARE.exec(location);
  return bare ? { sheet: bare[1]!, cell: bare[2]! } : undefined;
}
