import { t, type Lang } from '../messages';
import type { OtherLevelRows } from '../result';

const LEVEL = {
  school: { zh: '校级', en: 'school-level', preset: 'national-school' },
  college: { zh: '院级', en: 'college-level', preset: 'national-college' },
} as const;

/** Why the other level's roster rows were not checked, and how to check them; empty when none. */
export function otherLevelText(rows: OtherLevelRows | undefined, lang: Lang): string | undefined {
  if (!rows || rows.count === 0) return undefined;
  const level = LEVEL[rows.level];
  const checked = LEVEL[rows.level === 'school' ? 'college' : 'school'];
  return t('summary.otherLevel', lang, {
    count: rows.count,
    levelZh: level.zh,
    levelEn: level.en,
    checkedZh: checked.zh,
    checkedEn: checked.en,
    preset: level.preset,
  });
}
