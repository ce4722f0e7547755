import { t } from '../../messages';
import type { Lang } from '../../messages';
import type { SheetGrid } from '../../tables';
import { cellText } from './scoreCell';

const MARK = '\u0001';

/** The scorer group printed above a form's header (`评分组：学生代表`), for sheets the settings do not list. */
export function groupLabelOf(grid: SheetGrid, headerRow: number): string | undefined {
  const first = grid.firstRow ?? 1;
  const patterns = (['zh', 'en'] as Lang[]).map((lang) =>
    t('appraisal.form.group', lang, { group: MARK }).split(MARK),
  );
  for (let i = 0; i < headerRow - first; i++) {
    for (const cell of grid.rows[i] ?? []) {
      const text = cellText(cell);
      for (const [prefix = '', suffix = ''] of patterns) {
        if (
          text.length > prefix.length + suffix.length &&
          text.startsWith(prefix) &&
          text.endsWith(suffix)
        )
          return text.slice(prefix.length, text.length - suffix.length).trim();
      }
    }
  }
  return undefined;
}
