import type { MappingOverride } from '../core/discovery/types';

/** Keys of the add-in's settings in the workbook (ExcelApi 1.4), so the next teacher finds them. */
export const SETTING_KEYS = {
  policy: 'UnionCompliance.policy',
  overrides: 'UnionCompliance.overrides',
  appraisal: 'UnionCompliance.appraisal',
} as const;

export interface StoredSettings {
  readonly policyJson?: string;
  readonly overrides?: MappingOverride[];
  /** The 考核评议 tab's choices (template, groups, bands, ...), as the pane saved them. */
  readonly appraisalJson?: string;
}

function isOverride(v: unknown): v is MappingOverride {
  return (
    typeof v === 'object' && v !== null && typeof (v as { sheet?: unknown }).sheet === 'string'
  );
}

/** Overrides read back from their stored JSON; undefined when absent or not a list of overrides. */
export function parseOverrides(value: unknown): MappingOverride[] | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every(isOverride) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The stored policy JSON, column-mapping overrides and appraisal choices: one sync. */
export async function runLoadSettings(ctx: Excel.RequestContext): Promise<StoredSettings> {
  const item = (key: string) => ctx.workbook.settings.getItemOrNullObject(key).load('value');
  const policy = item(SETTING_KEYS.policy);
  const overrides = item(SETTING_KEYS.overrides);
  const appraisal = item(SETTING_KEYS.appraisal);
  await ctx.sync();
  const policyJson: unknown = policy.isNullObject ? undefined : policy.value;
  const parsed = overrides.isNullObject ? undefined : parseOverrides(overrides.value);
  const appraisalJson: unknown = appraisal.isNullObject ? undefined : appraisal.value;
  return {
    ...(typeof policyJson === 'string' ? { policyJson } : {}),
    ...(parsed ? { overrides: parsed } : {}),
    ...(typeof appraisalJson === 'string' ? { appraisalJson } : {}),
  };
}

/** Stores what is given (a field left out stays as it was): one sync. Both are kept as JSON text. */
export async function runSaveSettings(ctx: Excel.RequestContext, s: StoredSettings): Promise<void> {
  if (s.policyJson !== undefined) ctx.workbook.settings.add(SETTING_KEYS.policy, s.policyJson);
  if (s.overrides !== undefined)
    ctx.workbook.settings.add(SETTING_KEYS.overrides, JSON.stringify(s.overrides));
  if (s.appraisalJson !== undefined)
    ctx.workbook.settings.add(SETTING_KEYS.appraisal, s.appraisalJson);
  await ctx.sync();
}
