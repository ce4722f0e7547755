import type { Message } from '../messages/types';
import { bool, object, type Field } from '../policy/spec';
import type { PresetName } from '../policy/types';
import { congress } from './congress';
import { coreRatio } from './core-ratio';
import type { Issue } from '../issue';
import type { SettingsOf, Toggle } from './define';
import { departments } from './departments';
import { deptHeads } from './dept-heads';
import { deptStaff } from './dept-staff';
import { discipline } from './discipline';
import { failed } from './failed';
import { freshman } from './freshman';
import { fromColleges } from './from-colleges';
import { political } from './political';
import { presidium } from './presidium';
import { rank } from './rank';
import { staffTotal } from './staff-total';
import { titles } from './titles';

/**
 * Every rule, one folder each (rules/<code>/). The codes, the policy's `rules` settings and their
 * schema, the rules' messages and their sources all come from this list: adding a rule is a new
 * folder and one line here. The order is the catalogue's (docs/RULES.md §1 then §2), which is also
 * the order of a policy file's keys; the order findings are listed in is each rule's `listOrder`.
 */
export const RULES = [
  political,
  rank,
  failed,
  discipline,
  freshman,
  staffTotal,
  presidium,
  departments,
  deptHeads,
  deptStaff,
  titles,
  fromColleges,
  coreRatio,
  congress,
] as const;

type AnyRule = (typeof RULES)[number];

/** Stable rule identifiers; findings, policy files and JSON use them as they are. */
export type RuleCode = AnyRule['code'];

export const RULE_CODES: readonly RuleCode[] = RULES.map((rule) => rule.code);

/** Each rule's settings, typed by its code: `policy.rules['dept-heads'].min` is a number or unset. */
export type PolicyRules = { [R in AnyRule as R['code']]: SettingsOf<R> };

/** Source ids each rule cites, most specific first. */
export const RULE_SOURCES = Object.fromEntries(
  RULES.map((rule) => [rule.code, rule.citation.sources]),
) as Readonly<Record<RuleCode, readonly string[]>>;

/** The keys of every rule's own messages (`rule.<code>.*` and its skip reasons). */
export type RuleMessageKey = AnyRule extends infer R
  ? R extends { readonly messages: infer M }
    ? keyof M & string
    : never
  : never;

/** Every rule's own messages (title, findings, its own skip reasons), for the one catalogue. */
export const RULE_OWN_MESSAGES: Readonly<Record<RuleMessageKey, Message>> = Object.assign(
  {},
  ...RULES.map((rule) => rule.messages),
) as Readonly<Record<RuleMessageKey, Message>>;

/** The schema of a policy's `rules` object: each rule's switch and settings. */
export const RULES_FIELD: Field = object(
  Object.fromEntries(
    RULES.map((rule): [string, Field] => [
      rule.code,
      object({ enabled: bool, ...rule.settings.fields }),
    ]),
  ),
);

/** The settings of every rule under a preset (the preset's own where it has them, else the defaults). */
export function presetRules(name: PresetName): PolicyRules {
  const entries = RULES.map((rule) => {
    const own: unknown = rule.settings.presets?.[name];
    return [rule.code, own ?? rule.settings.defaults];
  });
  // Each entry is its own rule's settings type, which Object.fromEntries cannot say per key.
  return Object.fromEntries(entries) as PolicyRules;
}

/** Problems across one rule's settings (min above max, ...), with the setting's policy path. */
export function ruleSettingIssues(rules: PolicyRules): Issue[] {
  return RULES.flatMap((rule) => {
    // `rules[rule.code]` is this rule's settings, which TypeScript cannot pair with `validate`
    // through the union of rules; the cast only widens what `validate` accepts.
    const validate = rule.settings.validate as ((s: Toggle) => readonly Issue[]) | undefined;
    const issues = validate ? validate(rules[rule.code]) : [];
    return issues.map((issue) => ({ ...issue, path: `rules.${rule.code}.${issue.path ?? ''}` }));
  });
}
