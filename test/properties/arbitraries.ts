import fc from 'fast-check';

/** Every property runs with a fixed seed, so a failure reproduces on any machine. */
export const SEEDED = { seed: 20251122, numRuns: 60 } as const;

/** Lines a teacher puts above a table: a title, a date line, a note; one cell each. */
export const titleText = fc.oneof(
  fc.constantFrom(
    'XX学院学生会工作人员名单',
    '2025-2026学年第一学期学生会成员一览表',
    '制表日期：2025年9月',
    '注：请各部门核对后上报',
    '信息工程学院团委',
  ),
  fc.string({
    unit: fc.constantFrom(...'学生会名单表第一二三年级部门'.split('')),
    minLength: 1,
    maxLength: 20,
  }),
);

/** A student ID as exports write it: 10 to 13 digits, sometimes with leading zeros. */
export const studentIdText = fc
  .integer({ min: 10, max: 13 })
  .chain((n) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: n, maxLength: n }),
  );

/** Text with the noise real cells carry: full-width forms, ideographic and no-break spaces, zero-width marks. */
export const noisyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(' ', '\u3000', '\u00a0', '\u200b', '\ufeff', '\t', '\n'),
    fc.constantFrom(...'０１２３４５６７８９ＡＢｃ（）－'.split('')),
    fc.constantFrom(...'共青团员中党预备群众无党派九三学社民盟'.split('')),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 24,
});
