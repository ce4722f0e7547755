import { t } from '../messages';
import type { Lang } from '../messages';
import { settingError, toParsed } from './issues';
import type { BandThresholds } from './types';
import type { Issue, Result } from '../issue';

/** docs/RULES.md §3 bands: >= 85 优秀, 70-85 良好, 60-70 合格, < 60 不合格. */
export const DEFAULT_BANDS: BandThresholds = { excellent: 85, good: 70, pass: 60 };

export const BAND_KEYS = ['excellent', 'good', 'pass', 'fail'] as const;
export type BandKey = (typeof BAND_KEYS)[number];

/** The label written into the summary (优秀, 良好, 合格, 不合格); formulas compare against it. */
export function bandLabel(band: BandKey, lang: Lang): string {
  return t(`appraisal.band.${band}`, lang);
}

/** Checks that thresholds lie in 0..100 and strictly descend. */
export function validateBands(bands: BandThresholds): Result<BandThresholds> {
  const issues: Issue[] = [];
  const values = [bands.excellent, bands.good, bands.pass];
  if (values.some((value) => !Number.isFinite(value) || value < 0 || value > 100))
    issues.push(settingError('appraisal.bands.range', 'bands', { value: values.join(',') }));
  else if (!(bands.excellent > bands.good && bands.good > bands.pass))
    issues.push(settingError('appraisal.bands.order', 'bands', { value: values.join(',') }));
  return toParsed(issues, () => bands);
}

/** Parses `85,70,60` (优秀, 良好, 合格 lower bounds). */
export function parseBandsSpec(spec: string): Result<BandThresholds> {
  const parts = spec.split(/[,，、/]/).map((part) => part.trim());
  const numbers = parts.map((part) => (part === '' ? Number.NaN : Number(part)));
  const [excellent, good, pass] = numbers;
  if (numbers.length !== 3 || excellent === undefined || good === undefined || pass === undefined)
    return toParsed(
      [settingError('appraisal.bands.count', 'bands', { value: spec })],
      () => DEFAULT_BANDS,
    );
  return validateBands({ excellent, good, pass });
}

/** Checks an 优秀 quota in percent (0 < q <= 100). */
export function validateQuota(quota: number): Result<number> {
  const ok = Number.isFinite(quota) && quota > 0 && quota <= 100;
  return toParsed(
    ok ? [] : [settingError('appraisal.quota.invalid', 'quota', { value: String(quota) })],
    () => quota,
  );
}

/** The band of a total, ignoring the quota (the quota needs the whole ranking: see summary formulas). */
export function bandOf(total: number, bands: BandThresholds): BandKey {
  if (total >= bands.excellent) return 'excellent';
  if (total >= bands.good) return 'good';
  if (total >= bands.pass) return 'pass';
  return 'fail';
}
