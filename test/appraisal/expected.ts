/**
 * The appraisal arithmetic computed independently of the formulas, to check what LibreOffice
 * calculates from the generated sheets.
 */

/** Rounds like spreadsheet ROUND(x, 2): to 15 significant digits first, then half away from zero. */
export function round2(x: number): number {
  return Math.round(Number((x * 100).toPrecision(12))) / 100;
}

export interface DimSpec {
  readonly max: number;
  readonly weight?: number;
}

/** A form row's total: undefined until every dimension has a score; scaled to 100 points. */
export function expectedTotal(
  scores: readonly (number | undefined)[],
  dims: readonly DimSpec[],
): number | undefined {
  if (scores.some((s) => s === undefined)) return undefined;
  const weighted = dims.every((d) => d.weight !== undefined);
  const weightSum = dims.reduce((a, d) => a + (d.weight ?? 0), 0);
  const maxSum = dims.reduce((a, d) => a + d.max, 0);
  const sum = scores.reduce<number>((acc, s, i) => {
    const d = dims[i]!;
    const factor = weighted ? ((d.weight ?? 0) / weightSum) * (100 / d.max) : 100 / maxSum;
    return acc + (s ?? 0) * factor;
  }, 0);
  return round2(sum);
}

export type Method = 'mean' | 'trimmed' | 'weighted';

/** The aggregate of the group scores present (undefined = that group did not score). */
export function expectedAggregate(
  groups: readonly (number | undefined)[],
  method: Method,
  weights: readonly number[],
): number | undefined {
  const present = groups.flatMap((g, i) => (g === undefined ? [] : [{ g, w: weights[i] ?? 0 }]));
  if (present.length === 0) return undefined;
  const values = present.map((p) => p.g);
  const sum = values.reduce((a, b) => a + b, 0);
  if (method === 'weighted')
    return round2(
      present.reduce((a, p) => a + p.g * p.w, 0) / present.reduce((a, p) => a + p.w, 0),
    );
  if (method === 'trimmed' && values.length >= 3)
    return round2((sum - Math.max(...values) - Math.min(...values)) / (values.length - 2));
  return round2(sum / values.length);
}

/** Competition ranks (1 = highest; ties share the better rank), like RANK(x, range). */
export function expectedRanks(values: readonly (number | undefined)[]): (number | undefined)[] {
  return values.map((v) =>
    v === undefined ? undefined : 1 + values.filter((o) => o !== undefined && o > v + 1e-9).length,
  );
}

export interface BandSpec {
  readonly excellent: number;
  readonly good: number;
  readonly pass: number;
  readonly quota?: number;
}

/** 优秀 / 良好 / 合格 / 不合格, with the quota capping 优秀 at the top INT(n x quota / 100) ranks. */
export function expectedBands(
  values: readonly (number | undefined)[],
  bands: BandSpec,
): (string | undefined)[] {
  const ranks = expectedRanks(values);
  const scored = values.filter((v) => v !== undefined).length;
  const slots = bands.quota === undefined ? Infinity : Math.floor((scored * bands.quota) / 100);
  return values.map((v, i) => {
    if (v === undefined) return undefined;
    if (v >= bands.excellent && (ranks[i] ?? Infinity) <= slots) return '优秀';
    if (v >= bands.good) return '良好';
    if (v >= bands.pass) return '合格';
    return '不合格';
  });
}
