import fc from 'fast-check';
import {
  cellText,
  normalizePolitical,
  normalizeStudentId,
  normalizeText,
  parseGrade,
  parseTerm,
  termLabel,
} from '../../src/core/normalize';
import { presetPolicy } from '../../src/core/policy/presets';
import { noisyText, SEEDED, studentIdText } from './arbitraries';

const grading = presetPolicy().grading;

/** A student ID as a teacher's cell may hold it: spaced, full-width, quoted, or a number. */
const idCell = fc.oneof(
  studentIdText,
  studentIdText.map((id) => id.replace(/./g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
  studentIdText.map((id) => ` ${id.slice(0, 4)} ${id.slice(4)}\u3000`),
  studentIdText.map((id) => `'${id}`),
  fc.integer({ min: 0, max: 999_999_999_999_999 }),
  noisyText,
);

/** Political status as typed: a known label with noise around it, or anything at all. */
const politicalCell = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '中共党员',
        '中共预备党员',
        '共青团员',
        '团员',
        '群众',
        '民盟盟员',
        '无党派人士',
        '-',
        '无',
      ),
      fc.constantFrom('', ' ', '\u3000', '\u200b'),
    )
    .map(([label, pad]) => `${pad}${label}${pad}`),
  noisyText,
);

const gradeCell = fc.oneof(
  // Scores carry at most two decimals (87.5, 92.25); the product prints numbers to 15 digits.
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}`),
  fc.constantFrom(
    '优秀',
    '良好',
    '中等',
    '及格',
    '不及格',
    '合格',
    '不合格',
    '缺考',
    '旷考',
    '作弊',
    '',
  ),
  noisyText,
);

const termCells = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 2000, max: 2040 }),
      fc.constantFrom('1', '2', '第一学期', '第二学期', '秋', '春'),
    )
    .map(([y, t]) => [`${y}-${y + 1}`, t, undefined] as const),
  fc
    .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 3 }))
    .map(([y, t]) => [undefined, undefined, `${y}-${y + 1}-${t}`] as const),
  fc.tuple(noisyText, noisyText, noisyText),
);

describe('normalisation is idempotent (property)', () => {
  it('text: normalising normalised text changes nothing', () => {
    fc.assert(
      fc.property(noisyText, (raw) => {
        const once = normalizeText(raw);
        expect(normalizeText(once)).toBe(once);
        expect(cellText(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/\s{2}/);
      }),
      SEEDED,
    );
  });

  it('student IDs: an ID read back reads the same, keeps its digits and is text', () => {
    fc.assert(
      fc.property(idCell, (cell) => {
        const id = normalizeStudentId(cell);
        if (id === undefined) return;
        expect(typeof id).toBe('string');
        expect(normalizeStudentId(id)).toBe(id);
        expect(id).not.toMatch(/\s/);
        if (typeof cell === 'string' && /^\s*'?[0-9]+\s*$/.test(cell))
          expect(id).toBe(cell.trim().replace(/^'/, ''));
      }),
      SEEDED,
    );
  });

  it('政治面貌: the status of a cell is the status of its normalised text', () => {
    fc.assert(
      fc.property(politicalCell, (cell) => {
        const status = normalizePolitical(cell);
        expect(normalizePolitical(normalizeText(cell))).toBe(status);
        expect(normalizePolitical(cellText(cell))).toBe(status);
      }),
      SEEDED,
    );
  });

  it('grades: a grade written back as its own text parses to the same grade', () => {
    fc.assert(
      fc.property(gradeCell, (cell) => {
        const grade = parseGrade(cell, grading);
        const again =
          grade.kind === 'numeric'
            ? parseGrade(cellText(grade.value), grading)
            : grade.kind === 'level'
              ? parseGrade(grade.label, grading)
              : grade.kind === 'unknown'
                ? parseGrade(grade.raw, grading)
                : grade.kind === 'empty'
                  ? parseGrade('', grading)
                  : parseGrade(typeof cell === 'string' ? normalizeText(cell) : cell, grading);
        expect(again).toEqual(grade);
      }),
      SEEDED,
    );
  });

  it('terms: a term written as its label parses back to the same term', () => {
    fc.assert(
      fc.property(termCells, ([year, term, combined]) => {
        const key = parseTerm(year, term, combined);
        if (key === undefined) return;
        expect(parseTerm(undefined, undefined, termLabel(key))).toEqual(key);
        expect(parseTerm(undefined, termLabel(key))).toEqual(key);
      }),
      SEEDED,
    );
  });
});
