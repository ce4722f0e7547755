import type { RuleSettings, Toggle } from '../define';

/** Only the switch: the exemption follows the reference term (docs/RULES.md §1 freshman). */
export type FreshmanSettings = Toggle;

export const SETTINGS: RuleSettings<FreshmanSettings> = {
  defaults: { enabled: true },
  fields: {},
};
