import { t } from '../messages';
import type { Lang } from '../messages';
import { DEFAULT_BANDS, validateBands, validateQuota } from './bands';
import { hasWeights, validateGroups } from './groups';
import { settingError, toParsed } from './issues';
import { parseTemplate } from './templateSchema';
import type {
  AggregateMethod,
  AppraisalLayout,
  AppraisalScope,
  AppraisalSettings,
  BandThresholds,
  ScorerGroup,
} from './types';
import type { Issue, Result } from '../issue';

/** What the teacher picked (pane form or CLI flags); anything left out takes its default. */
export interface SettingsChoice {
  /** A built-in or the teacher's own template, validated again here. */
  readonly template: unknown;
  readonly groups?: readonly ScorerGroup[] | undefined;
  readonly aggregate?: AggregateMethod | undefined;
  readonly bands?: BandThresholds | undefined;
  readonly excellentQuota?: number | undefined;
  readonly scope?: AppraisalScope | undefined;
  readonly layout?: AppraisalLayout | undefined;
  readonly term?: string | undefined;
  readonly school?: string | undefined;
}

export const AGGREGATE_METHODS: readonly AggregateMethod[] = ['mean', 'trimmed', 'weighted'];

function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Validates every choice and fills defaults: one 评议会 group, mean (weighted when groups carry weights), 85/70/60. */
export function resolveSettings(choice: SettingsChoice, lang: Lang): Result<AppraisalSettings> {
  const issues: Issue[] = [];
  const template = parseTemplate(choice.template);
  if (!template.ok) issues.push(...template.issues);
  const groups = choice.groups ?? [{ name: t('appraisal.group.panel', lang) }];
  const checkedGroups = validateGroups(groups);
  if (!checkedGroups.ok) issues.push(...checkedGroups.issues);
  const aggregate = choice.aggregate ?? (hasWeights(groups) ? 'weighted' : 'mean');
  if (!AGGREGATE_METHODS.includes(aggregate))
    issues.push(
      settingError('appraisal.aggregate.unknown', 'aggregate', { value: String(aggregate) }),
    );
  if (aggregate === 'weighted' && !hasWeights(groups))
    issues.push(settingError('appraisal.aggregate.needsWeights', 'aggregate'));
  const bands = choice.bands ?? DEFAULT_BANDS;
  const checkedBands = validateBands(bands);
  if (!checkedBands.ok) issues.push(...checkedBands.issues);
  if (choice.excellentQuota !== undefined) {
    const quota = validateQuota(choice.excellentQuota);
    if (!quota.ok) issues.push(...quota.issues);
  }
  const term = optionalText(choice.term);
  const school = optionalText(choice.school);
  return toParsed(issues, () => ({
    template: template.ok ? template.value : { name: '', dimensions: [] },
    groups,
    aggregate,
    bands,
    ...(choice.excellentQuota !== undefined ? { excellentQuota: choice.excellentQuota } : {}),
    scope: choice.scope ?? 'leaders',
    layout: choice.layout ?? 'per-department',
    ...(term ? { term } : {}),
    ...(school ? { school } : {}),
  }));
}
