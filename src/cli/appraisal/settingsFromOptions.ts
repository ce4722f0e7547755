import { parseBandsSpec } from '../../core/appraisal/bands';
import { parseGroupsSpec } from '../../core/appraisal/groups';
import { AGGREGATE_METHODS, resolveSettings } from '../../core/appraisal/settings';
import type { SettingsChoice } from '../../core/appraisal/settings';
import type { AggregateMethod, AppraisalSettings } from '../../core/appraisal/types';
import type { GenerateOptions } from './args';
import type { MessageKey } from '../../core/messages';
import type { Issue, Result } from '../../core/issue';

function issue(messageKey: MessageKey, params: Record<string, string>): Issue {
  return { severity: 'error', messageKey, params };
}

/** Turns the flags' text into validated settings; every problem is listed, not just the first. */
export function settingsFromOptions(
  opts: GenerateOptions,
  template: unknown,
): Result<AppraisalSettings> {
  const issues: Issue[] = [];
  const choice: { -readonly [K in keyof SettingsChoice]: SettingsChoice[K] } = {
    template,
    scope: opts.scope,
    layout: opts.layout,
    ...(opts.term !== undefined ? { term: opts.term } : {}),
    ...(opts.school !== undefined ? { school: opts.school } : {}),
  };
  if (opts.groups !== undefined) {
    const groups = parseGroupsSpec(opts.groups);
    if (groups.ok) choice.groups = groups.value;
    else issues.push(...groups.issues);
  }
  if (opts.aggregate !== undefined) {
    const method = AGGREGATE_METHODS.find((m) => m === opts.aggregate);
    if (method) choice.aggregate = method satisfies AggregateMethod;
    else issues.push(issue('appraisal.aggregate.unknown', { value: opts.aggregate }));
  }
  if (opts.bands !== undefined) {
    const bands = parseBandsSpec(opts.bands);
    if (bands.ok) choice.bands = bands.value;
    else issues.push(...bands.issues);
  }
  if (opts.quota !== undefined) {
    const quota = Number(opts.quota.replace(/[%％]$/, ''));
    choice.excellentQuota = opts.quota.trim() === '' ? Number.NaN : quota;
  }
  const settings = resolveSettings(choice, opts.lang);
  const all = [...issues, ...(settings.ok ? [] : settings.issues)];
  const [first, ...rest] = all;
  if (first) return { ok: false, issues: [first, ...rest] };
  return settings;
}
