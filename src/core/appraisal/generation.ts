import type { AppraisedMember, FormUnit } from './types';

/** One appraised member as the forms were generated, with the form unit (department) they sit on. */
export interface RosterEntry {
  readonly studentId: string;
  readonly name: string;
  readonly department: string;
  readonly title: string;
  /** The department of the form unit the member was printed on ('' for the single layout). */
  readonly unit: string;
}

/** Marks the hidden cell on each generated form that names its generation and its original sheet. */
export const FORM_MARKER = 'unionComplianceForm';

/** The roster of a generation: who was printed on which form unit. */
export function rosterOf(units: readonly FormUnit[]): RosterEntry[] {
  return units.flatMap((unit) =>
    unit.members.map((m) => ({
      studentId: m.studentId,
      name: m.name,
      department: m.department,
      title: m.title,
      unit: unit.department,
    })),
  );
}

/** The member as printed, without the unit. */
export function rosterMember(entry: RosterEntry): AppraisedMember {
  const { studentId, name, department, title } = entry;
  return { studentId, name, department, title };
}

/** FNV-1a over UTF-16 code units, two seeds: a fingerprint, not a secret. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * What tells one generation of forms from another: the settings (term, school, groups, template)
 * and the roster. A form made from another roster or for another term carries another value, so
 * collect can refuse it instead of mixing its scores in.
 */
export function generationOf(settings: unknown, roster: readonly RosterEntry[]): string {
  const text = JSON.stringify({ settings, roster });
  return `${fnv(text, 0x811c9dc5)}${fnv(text, 0x2166136b)}`;
}

/** The hidden marker text a form carries: its generation and the sheet name it was generated with. */
export function formMarker(generation: string, sheet: string): string {
  return JSON.stringify({ [FORM_MARKER]: generation, sheet });
}

export interface FormMark {
  readonly generation: string;
  readonly sheet: string;
}

/** The marker in a sheet's first `rows` rows, if the product wrote one there. */
export function readFormMark(
  rows: readonly (readonly unknown[])[],
  scan: number,
): FormMark | undefined {
  for (const row of rows.slice(0, scan)) {
    for (const cell of row) {
      if (typeof cell !== 'string' || !cell.startsWith(`{"${FORM_MARKER}"`)) continue;
      try {
        const raw = JSON.parse(cell) as Record<string, unknown>;
        const generation = raw[FORM_MARKER];
        if (typeof generation === 'string' && typeof raw.sheet === 'string')
          return { generation, sheet: raw.sheet };
      } catch {
        // A damaged marker is no marker: the sheet is then judged by its name and header.
      }
    }
  }
  return undefined;
}
