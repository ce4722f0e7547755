/** One Markdown table: its header cells and body rows, each cell trimmed. */
export interface MarkdownTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A table row's cells; `\|` (a pipe inside code) does not split. */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

const SEPARATOR = /^\|(\s*:?-+:?\s*\|)+\s*$/;

/** Every table of a Markdown text: runs of lines starting with `|` whose second line is `| --- |`. */
export function markdownTables(text: string): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  let block: string[] = [];
  const flush = () => {
    const [head, separator, ...body] = block;
    if (head !== undefined && separator !== undefined && SEPARATOR.test(separator.trim()))
      tables.push({ header: cellsOf(head), rows: body.map(cellsOf) });
    block = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().startsWith('|')) block.push(line);
    else flush();
  }
  flush();
  return tables;
}

/** A setting stated as `` `path = json` `` (replace) or `` `path += json` `` (append to a list). */
export interface Assignment {
  readonly path: string;
  readonly append: boolean;
  readonly value: unknown;
}

const ASSIGNMENT = /`([A-Za-z][^`=\s+]*) (\+?)= ([^`]+)`/g;

/** The settings a cell states; a value that is not JSON throws, naming the cell. */
export function assignmentsIn(cell: string): Assignment[] {
  return [...cell.matchAll(ASSIGNMENT)].map((match) => {
    const [, path = '', plus = '', json = ''] = match;
    try {
      return { path, append: plus === '+', value: JSON.parse(json) as unknown };
    } catch {
      throw new Error(`docs/RULES.md: ${path} = ${json} is not a JSON value`);
    }
  });
}
