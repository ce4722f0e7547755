import { t, type Lang } from '../messages';
import type { ChartData, PoliticalGroup, RankBand } from './chartData';

/** The label of a 政治面貌 group. */
export function politicalLabel(key: PoliticalGroup, lang: Lang): string {
  return t(`report.political.${key}`, lang);
}

/** The label of a rank band, with the policy's top share in it (前 10%–30%). */
export function rankLabel(
  key: RankBand,
  data: Pick<ChartData, 'topBand' | 'topPercent'>,
  lang: Lang,
): string {
  return t(`report.rank.${key}`, lang, { band: data.topBand, top: data.topPercent });
}

/** The heads a department may have, as text: 2–3 人, 至少 2 人, 至多 3 人 or —. */
export function headsAllowed(
  limits: { readonly headsMin?: number; readonly headsMax?: number } | undefined,
  lang: Lang,
): string {
  const min = limits?.headsMin;
  const max = limits?.headsMax;
  if (min !== undefined && max !== undefined) return t('report.range', lang, { min, max });
  if (min !== undefined) return t('report.atLeast', lang, { min });
  if (max !== undefined) return t('report.atMost', lang, { max });
  return t('report.noLimit', lang);
}

/** The other staff a department may have, as text: 至多 6 人 or —. */
export function staffAllowed(staffMax: number | undefined, lang: Lang): string {
  return staffMax === undefined
    ? t('report.noLimit', lang)
    : t('report.atMost', lang, { max: staffMax });
}

/** A share (0..1) as a whole percentage for a text label. */
export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`;
}
