import type { AppraisalTemplate } from './types';

/**
 * What each dimension's points are multiplied by so that 总分 is on a 100-point scale (the grade
 * bands are): 1 for a plain template whose maxima add to 100; weight share x 100 / max when the
 * template weights dimensions; 100 / (sum of maxima) otherwise.
 */
export function totalFactors(template: AppraisalTemplate): readonly number[] {
  const dims = template.dimensions;
  const weightSum = dims.reduce((sum, d) => sum + (d.weight ?? 0), 0);
  if (dims.every((d) => d.weight !== undefined) && weightSum > 0)
    return dims.map((d) => ((d.weight ?? 0) / weightSum) * (100 / d.max));
  const maxSum = dims.reduce((sum, d) => sum + d.max, 0);
  return dims.map(() => (Math.abs(maxSum - 100) < 1e-9 ? 1 : 100 / maxSum));
}

/** Whether 总分 is the plain sum of the points written (so the form need not explain a scale). */
export function isPlainSum(template: AppraisalTemplate): boolean {
  return totalFactors(template).every((f) => f === 1);
}
