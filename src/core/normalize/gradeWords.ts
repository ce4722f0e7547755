/** Five-level grades and their canonical long form, used to look up points (优 → 优秀). */
export const FIVE_LEVEL: Readonly<Record<string, { canonical: string; pass: boolean }>> = {
  优秀: { canonical: '优秀', pass: true },
  良好: { canonical: '良好', pass: true },
  中等: { canonical: '中等', pass: true },
  及格: { canonical: '及格', pass: true },
  不及格: { canonical: '不及格', pass: false },
  优: { canonical: '优秀', pass: true },
  良: { canonical: '良好', pass: true },
  中: { canonical: '中等', pass: true },
  差: { canonical: '不及格', pass: false },
};

/** Two-level grades: pass or fail, no points (left out of the weighted average). */
export const TWO_LEVEL: Readonly<Record<string, boolean>> = {
  合格: true,
  不合格: false,
  通过: true,
  不通过: false,
  未通过: false,
};

/** Exam marks written in the score cell, with whether they count as a fail (docs/RULES.md §4.4 grade-values). */
export const MARKS: Readonly<Record<string, { mark: string; fail: boolean }>> = {
  缺考: { mark: '缺考', fail: true },
  旷考: { mark: '旷考', fail: true },
  作弊: { mark: '作弊', fail: true },
  考试作弊: { mark: '作弊', fail: true },
  取消资格: { mark: '取消资格', fail: true },
  // A bare 取消 in a score cell is the 取消考试资格 of the exam, never a cancelled course: those rows
  // are dropped from exports, not kept with a mark.
  取消: { mark: '取消资格', fail: true },
  取消考试资格: { mark: '取消资格', fail: true },
  缓考: { mark: '缓考', fail: false },
  免修: { mark: '免修', fail: false },
  免考: { mark: '免考', fail: false },
};

/** Cell contents that mean "no score here". */
export const EMPTY_SCORE = new Set(['', '-', '--', '—', '/', '无']);
