import type { Issue } from '../issue';
import type { MessageTable } from '../messages/types';
import type { Field } from '../policy/spec';
import type { PresetName } from '../policy/types';
import type { Rule } from './types';

/** Every rule's settings have a switch; `runRules` skips a rule that is off. */
export interface Toggle {
  enabled: boolean;
}

/** What a rule's settings are, what each preset sets them to, and what a policy file may write. */
export interface RuleSettings<S extends Toggle> {
  /** The national-school values; a preset not named in `presets` uses them too. */
  readonly defaults: S;
  /** The presets whose values differ from `defaults`, whole (not merged over them). */
  readonly presets?: Readonly<Partial<Record<PresetName, S>>>;
  /** The policy file's schema for every setting but `enabled` (which every rule has). */
  readonly fields: { readonly [K in Exclude<keyof S, 'enabled'>]-?: Field };
  /**
   * Checks across the settings, after each one passed its own field's check; an issue's `path` is
   * the setting's key within the rule (`min`), the policy path is added by the reader.
   */
  readonly validate?: (settings: S) => readonly Issue[];
}

/** The policy words a rule rests on: a few words quoted from one source, to find the clause. */
export interface Quote {
  /** Source id (rules/sources.ts). */
  readonly source: string;
  /** As the text writes them; the source's quoted sentence contains them (tested). */
  readonly words: string;
}

/** The source citation of a rule. */
export interface Citation {
  /** Source ids every finding of the rule cites, most specific first. */
  readonly sources: readonly string[];
  readonly quotes: readonly Quote[];
}

/** One rule: everything the engine, the policy file and the catalogue need to know about it. */
export interface RuleDefinition<
  C extends string = string,
  S extends Toggle = Toggle,
  M extends MessageTable = MessageTable,
> {
  /** Stable identifier: findings, policy files and `--json` use it as it is. */
  readonly code: C;
  /**
   * Where its findings come among those about the same subject (lower first); the catalogue order
   * (registry.ts, the policy file's keys) is a different one, kept as the docs list the rules.
   */
  readonly listOrder: number;
  /** The pure check; its findings cite `citation.sources` unless it cites sources of its own. */
  readonly check: Rule;
  readonly settings: RuleSettings<S>;
  /** Its title (`rule.<code>.title`) and every `rule.<code>.*` message it emits, zh and en. */
  readonly messages: M;
  readonly citation: Citation;
}

/** The settings type a definition declares. */
export type SettingsOf<D> = D extends RuleDefinition<string, infer S> ? S : never;
