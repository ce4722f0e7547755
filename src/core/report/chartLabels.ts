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

/** A share (0..1) as a whole percentage for a text label. */
export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`;
}
