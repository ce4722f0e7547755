import { normalizeText } from '../normalize/text';

/** What the grade data says about one 姓名 in one 班级. */
export type NameClassMatch =
  | { readonly kind: 'one'; readonly studentId: string }
  | { readonly kind: 'several'; readonly studentIds: readonly string[] }
  | { readonly kind: 'none' };

const keyOf = (name: string, className: string): string =>
  `${normalizeText(className).replace(/\s/g, '')}\u0000${normalizeText(name).replace(/\s/g, '')}`;

/**
 * 学号 by 姓名 + 班级, from grade rows that carry both: rosters without 学号 (many 中职 schools)
 * are matched through it. One entry per student, not per row, and the caller notes a student once
 * per run of their rows, so a million-row export costs a comparison a row.
 */
export class NameClassIndex {
  private readonly ids = new Map<string, string | string[]>();

  /** Notes that `studentId` is called `name` in `className`. */
  note(studentId: string, name: string, className: string): void {
    const key = keyOf(name, className);
    const had = this.ids.get(key);
    if (had === undefined) this.ids.set(key, studentId);
    else if (typeof had === 'string') {
      if (had !== studentId) this.ids.set(key, [had, studentId]);
    } else if (!had.includes(studentId)) had.push(studentId);
  }

  /** The student a roster's 姓名 + 班级 names, or why it names no single student. */
  find(name: string, className: string): NameClassMatch {
    const had = this.ids.get(keyOf(name, className));
    if (had === undefined) return { kind: 'none' };
    return typeof had === 'string'
      ? { kind: 'one', studentId: had }
      : { kind: 'several', studentIds: had };
  }

  get size(): number {
    return this.ids.size;
  }
}
