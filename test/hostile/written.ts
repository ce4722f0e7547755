/**
 * Checks on the sheets the product wrote, shared by the CLI runner (its report file, read back
 * with exceljs) and the adapter runner (the double's sheets): teacher text stays text, and every
 * in-workbook address names an existing sheet, quoted as Excel requires.
 */
import type { WrittenWant } from './types';

/** One written cell, reduced to what these checks need. */
export interface WrittenCell {
  readonly sheet: string;
  readonly address: string;
  readonly text?: string;
  readonly formula?: string;
  /** The link target without `#`, e.g. `'名单 A'!B5`. */
  readonly link?: string;
}

const QUOTED = /^'((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
const PLAIN = /^([^'!\s[\]:*?/\\]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/;

/** The sheet an in-workbook address points at, or undefined when the address is malformed. */
export function linkedSheet(target: string): string | undefined {
  const q = QUOTED.exec(target);
  if (q?.[1] !== undefined) return q[1].replace(/''/g, "'");
  return PLAIN.exec(target)?.[1];
}

/** Sheet names used inside a formula (`'a b'!A1`, `Sheet1!A1`). */
function formulaSheets(formula: string): string[] {
  const out: string[] = [];
  for (const m of formula.matchAll(
    /'((?:[^']|'')+)'!|([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!/g,
  ))
    out.push((m[1] ?? m[2] ?? '').replace(/''/g, "'"));
  return out;
}

/** Problems found in the written sheets; empty when everything is as it must be. */
export function writtenProblems(
  cells: readonly WrittenCell[],
  sheets: readonly string[],
  want: WrittenWant = {},
): string[] {
  const problems: string[] = [];
  const names = new Set(sheets);
  for (const name of sheets)
    if (name.length > 31 || FORBIDDEN_IN_NAME.test(name) || /^'|'$/.test(name))
      problems.push(`sheet name not allowed by Excel: ${name}`);
  for (const c of cells) {
    if (c.link !== undefined) {
      const target = linkedSheet(c.link);
      if (target === undefined || !names.has(target))
        problems.push(`${c.sheet}!${c.address}: link ${c.link} reaches no sheet`);
    }
    for (const s of c.formula ? formulaSheets(c.formula) : [])
      if (!names.has(s)) problems.push(`${c.sheet}!${c.address}: formula names missing sheet ${s}`);
  }
  for (const text of want.texts ?? []) {
    const asText = cells.some((c) => c.text === text && c.formula === undefined);
    const asFormula = cells.filter((c) => c.formula !== undefined && c.formula.includes(text));
    if (!asText) problems.push(`"${text.slice(0, 20)}" is not written as text anywhere`);
    for (const c of asFormula) problems.push(`${c.sheet}!${c.address}: "${text}" became a formula`);
  }
  for (const name of want.linkSheets ?? [])
    if (!cells.some((c) => c.link !== undefined && linkedSheet(c.link) === name))
      if (!cells.some((c) => c.text?.includes(name)))
        problems.push(`the written sheets never name or link sheet ${name}`);
  return problems;
}
