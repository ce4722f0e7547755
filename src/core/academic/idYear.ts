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
  const agree: Record<IdYearPattern, number> = { 'four-digit': 0, 'two-digit': 0 };
  const broken = new Set<IdYearPattern>();
  for (const { id, year } of known)
    for (const kind of Object.keys(READERS) as IdYearPattern[])
      if (READERS[kind](id) === year) agree[kind]++;
      else broken.add(kind);
  if (!broken.has('four-digit') && agree['four-digit'] >= 2) return 'four-digit';
  if (!broken.has('two-digit') && agree['two-digit'] >= 2) return 'two-digit';
  return undefined;
}

/** The entry year a 学号 gives under a learned pattern (a plausible year only). */
export function yearFromId(id: string, pattern: IdYearPattern): number | undefined {
  const year = READERS[pattern](id);
  return year !== undefined && year >= 1990 && year <= 2100 ? year : undefined;
}
