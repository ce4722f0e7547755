import type { Grade } from '../model';

/** 绩点 of a grade as the school's system prints it (score 60 → 1.0, 100 → 5.0; five-level fixed). */
export function gradePoint(grade: Grade): number | null {
  switch (grade.kind) {
    case 'numeric':
      return grade.value < 60 ? 0 : Math.round(grade.value - 50) / 10;
    case 'five':
      return { 优秀: 4.5, 良好: 3.5, 中等: 2.5, 及格: 1.5, 不及格: 0 }[grade.label];
    case 'two':
      return null;
    case 'mark':
      return grade.mark === '旷考' ? 0 : null;
  }
}

/** What the score cell shows: the number, the level, or the mark when the mark sits in the score. */
export function scoreCell(grade: Grade): string | number | null {
  switch (grade.kind) {
    case 'numeric':
      return grade.value;
    case 'five':
    case 'two':
      return grade.label;
    case 'mark':
      if (grade.where === 'score') return grade.mark;
      return grade.mark === '旷考' ? 0 : null;
  }
}

/** What the remark column (成绩备注, 成绩标识, 成绩标志) shows. */
export function remarkCell(grade: Grade): string | null {
  return grade.kind === 'mark' && grade.where === 'remark' ? grade.mark : null;
}

/** `a x b` rounded to 2 decimals, or null. */
export function times(a: number, b: number | null): number | null {
  return b === null ? null : Math.round(a * b * 100) / 100;
}
