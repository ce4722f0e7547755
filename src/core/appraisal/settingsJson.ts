import type { Lang } from '../messages';
import { groupsFromJson } from './groups';
import { isRecord } from './issues';
import { resolveSettings } from './settings';
import type { AggregateMethod, AppraisalSettings, BandThresholds } from './types';
import type { Result } from '../issue';

/** The settings as plain JSON data (saved with the workbook's settings by the pane, stored in forms). */
export function settingsToJson(settings: AppraisalSettings): unknown {
  return JSON.parse(JSON.stringify(settings)) as unknown;
}

/** Settings read back from JSON, validated like a fresh choice; junk becomes issues, not defaults. */
export function parseSettingsJson(raw: unknown, lang: Lang): Result<AppraisalSettings> {
  const s = isRecord(raw) ? raw : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return resolveSettings(
    {
      template: s.template,
      groups: groupsFromJson(s.groups),
      aggregate: text(s.aggregate) as AggregateMethod | undefined,
      bands: isRecord(s.bands) ? (s.bands as unknown as BandThresholds) : undefined,
      excellentQuota: typeof s.excellentQuota === 'number' ? s.excellentQuota : undefined,
      scope: s.scope === 'all' ? 'all' : 'leaders',
      layout: s.layout === 'single' ? 'single' : 'per-department',
      term: text(s.term),
      school: text(s.school),
    },
    lang,
  );
}
