import type { MappingOverride } from '../core/discovery/types';
import type { StoredSettings } from '../taskpane/gateway';

/** The one key the page writes: settings only (policy, column mapping, appraisal choices). */
export const SETTINGS_KEY = 'union-compliance.settings';

/** The part of Web Storage the page uses (localStorage in the browser, a map in tests). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The stored settings. Only what has the right shape is taken (the policy and appraisal texts are
 * validated again where they are used); an unreadable entry counts as none, so the page starts
 * from the preset rather than failing.
 */
export function loadStored(storage: SettingsStorage): StoredSettings {
  const text = storage.getItem(SETTINGS_KEY);
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const entry = value as Record<string, unknown>;
  const { policyJson, appraisalJson, overrides } = entry;
  return {
    ...(typeof policyJson === 'string' ? { policyJson } : {}),
    ...(typeof appraisalJson === 'string' ? { appraisalJson } : {}),
    ...(Array.isArray(overrides) && overrides.every(isOverride)
      ? { overrides: overrides as MappingOverride[] }
      : {}),
  };
}

function isOverride(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { sheet?: unknown }).sheet === 'string'
  );
}

/** Merges a change into the stored settings, as the workbook gateway merges its parts. */
export function saveStored(storage: SettingsStorage, change: StoredSettings): void {
  const next: StoredSettings = { ...loadStored(storage), ...change };
  storage.setItem(SETTINGS_KEY, JSON.stringify(next));
}
