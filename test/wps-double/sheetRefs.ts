/**
 * Sheet references inside formula text, as WPS treats them: a reference binds to the sheet that
 * carries the name when the formula is written; renaming that sheet rewrites the reference,
 * deleting it turns the reference into #REF!. Text constants ("…!…") are not references.
 */
const REF = /'((?:[^']|'')+)'!|([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!/g;
const TEXT = /"(?:[^"]|"")*"/g;
const CELL = /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/i;

/** The sheet names a formula refers to. */
export function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  for (const m of formula.replace(TEXT, '""').matchAll(REF))
    out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ''));
  return out;
}

/** Rewrites every reference outside text constants through `to` (a name, or null for #REF!). */
function rewrite(formula: string, from: string, to: string | null): string {
  const parts = formula.split(TEXT);
  const texts = formula.match(TEXT) ?? [];
  const changed = parts.map((part) => {
    let out = '';
    let last = 0;
    for (const m of part.matchAll(REF)) {
      const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
      if (name.toUpperCase() !== from.toUpperCase()) continue;
      const at = m.index ?? 0;
      out += part.slice(last, at);
      const after = part.slice(at + m[0].length);
      if (to === null) {
        const cell = CELL.exec(after);
        out += '#REF!';
        last = at + m[0].length + (cell ? cell[0].length : 0);
      } else {
        out += `'${to.replace(/'/g, "''")}'!`;
        last = at + m[0].length;
      }
    }
    return out + part.slice(last);
  });
  return changed.reduce((acc, p, i) => acc + p + (texts[i] ?? ''), '');
}

/** The formula after the sheet `from` was renamed to `to`. */
export function renamedIn(formula: string, from: string, to: string): string {
  return rewrite(formula, from, to);
}

/** The formula after the sheet `name` was deleted. */
export function deletedIn(formula: string, name: string): string {
  return rewrite(formula, name, null);
}
