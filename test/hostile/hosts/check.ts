/** One comparison a host run makes; the jest runners assert each, the table script counts them. */
export interface Check {
  readonly what: string;
  readonly actual: unknown;
  readonly expected: unknown;
}

/** A named comparison of what a host did with what the manifest says it must do. */
export function check(what: string, actual: unknown, expected: unknown): Check {
  return { what, actual, expected };
}
