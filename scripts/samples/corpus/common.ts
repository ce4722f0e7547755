import type { MiniSeat } from './mini';
import { CLEAN_SEATS } from './mini';

export const LAST = { startYear: 2025, term: 1 } as const;
export const TITLE = 'XX职业技术学院学生会2025-2026学年第一学期工作人员名单';

/** CLEAN_SEATS with seat `i` changed. */
export function seatsWith(i: number, change: Partial<MiniSeat>): MiniSeat[] {
  return CLEAN_SEATS.map((s, j) => (j === i ? { ...s, ...change } : s));
}
