/**
 * Many schools begin the 学号 with the entry year (2023xxxx, or 23xxxx). Whether this school does is
 * learned from the students whose year is known (roster or grade rows), never assumed: the pattern is
 * used only when at least two known students follow it and none contradicts it.
 */
export type IdYearPattern = 'four-digit' | 'two-digit';

interface Known {
  readonly id: string;
  readonly year: number;
}

function fourDigit(id: string): number | undefined {
  const n = /^(\d{4})\d{4,}/.exec(id)?.[1];
  return n === undefined ? undefined : Number(n);
}

function twoDigit(id: string): number | undefined {
  const n = /^(\d{2})\d{4,}/.exec(id)?.[1];
  return n === undefined ? undefined : 2000 + Number(n);
}

const READERS: Readonly<Record<IdYearPattern, (id: string) => number | undefined>> = {
  'four-digit': fourDigit,
  'two-digit': twoDigit,
};

/** The pattern every known student follows, if any. */
export function learnIdYearPattern(known: Iterable<Known>): IdYearPattern | undefined {
  // A pattern one student breaks is out for good, so 30,000 students need not test it again.
  let four = true;
  let two = true;
  let agreeFour = 0;
  let agreeTwo = 0;
  for (const { id, year } of known) {
    if (four) {
      if (fourDigit(id) === year) agreeFour++;
      else four = false;
    }
    if (two) {
      if (twoDigit(id) === year) agreeTwo++;
      else two = false;
    }
    if (!four && !two) break;
  }
  if (four && agreeFour >= 2) return 'four-digit';
  if (two && agreeTwo >= 2) return 'two-digit';
  return undefined;
}

/** The entry year a 学号 gives under a learned pattern (a plausible year only). */
export function yearFromId(id: string, pattern: IdYearPattern): number | undefined {
  const year = READERS[pattern](id);
  return year !== undefined && year >= 1990 && year <= 2100 ? year : undefined;
}
