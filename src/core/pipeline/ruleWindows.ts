import { termsInWindow, windowRange } from '../academic/window';
import type { Policy } from '../policy/types';
import type { TermKey } from '../records';
import type { RuleWindow } from '../result';

const WINDOWED = ['rank', 'failed', 'discipline'] as const;

/**
 * The terms each enabled windowed rule covered, measured back from the reference term over the
 * terms the grade data holds: what the summary states as 检查范围 (docs/RULES.md §1 rank, the window is a
 * setting the teacher should see).
 */
export function ruleWindows(
  policy: Policy,
  reference: TermKey | undefined,
  termCodes: Iterable<number>,
): RuleWindow[] {
  const codes = [...termCodes];
  return WINDOWED.filter((code) => policy.rules[code].enabled).map((code) => {
    const window = policy.rules[code].window;
    return { code, window, terms: termsInWindow(windowRange(window, reference), codes) };
  });
}
