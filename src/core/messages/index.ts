import { fillTemplate } from './format';
import type { Lang, Message } from './types';
import { INPUT_MESSAGES } from './input';
import { RULE_MESSAGES } from './rules';
import { REPORT_MESSAGES } from './report';
import { CLI_MESSAGES } from './cli';
import { UI_MESSAGES } from './ui';
import { APPRAISAL_MESSAGES } from './appraisal';
import { IO_MESSAGES } from './io';
import { EXCEL_MESSAGES } from './excel';
import { ACADEMIC_MESSAGES } from './academic';
import { PIPELINE_MESSAGES } from './pipeline';
import { A11Y_MESSAGES } from './a11y';
import { OUTPUT_MESSAGES } from './output';
import { SHAPES_MESSAGES } from './shapes';
import { SUMMARY_MESSAGES } from './summary';
import { WEB_MESSAGES } from './web';
import { WPS_MESSAGES } from './wps';
import { JSON_MESSAGES } from './json';

export type { Lang, Message } from './types';

/**
 * The one message catalogue. Each area keeps its part in its own file; keys are namespaced
 * (`input.*`, `rule.*`, `report.*`, `cli.*`, `ui.*`, `appraisal.*`, `io.*`, `excel.*`, `json.*`) so the parts never collide.
 */
export const MESSAGES = {
  ...INPUT_MESSAGES,
  ...RULE_MESSAGES,
  ...REPORT_MESSAGES,
  ...CLI_MESSAGES,
  ...UI_MESSAGES,
  ...APPRAISAL_MESSAGES,
  ...IO_MESSAGES,
  ...EXCEL_MESSAGES,
  ...ACADEMIC_MESSAGES,
  ...PIPELINE_MESSAGES,
  ...A11Y_MESSAGES,
  ...OUTPUT_MESSAGES,
  ...SHAPES_MESSAGES,
  ...SUMMARY_MESSAGES,
  ...WEB_MESSAGES,
  ...WPS_MESSAGES,
  ...JSON_MESSAGES,
} as const satisfies Readonly<Record<string, Message>>;

/** A key of the catalogue: a key that is not in it does not compile. */
export type MessageKey = keyof typeof MESSAGES;

/**
 * The rest of every catalogue key that starts with `P`: a helper that builds `${P}${rest}` takes this,
 * so a word with no message does not compile (`KeySuffix<'appraisal.header.'>` is `'name' | 'title' | ...`).
 */
export type KeySuffix<P extends string> = MessageKey extends infer K
  ? K extends `${P}${infer S}`
    ? S
    : never
  : never;

/** Whether `key` is in the catalogue: for keys that arrive as data (a stored setting, a test's scan). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** The message for `key` in `lang`; a key unknown at run time shows itself so a gap is visible. */
export function t(
  key: MessageKey,
  lang: Lang,
  params: Readonly<Record<string, string | number | boolean | undefined>> = {},
): string {
  // Keys that crossed a boundary as data (a worker message, a stored setting) are checked again:
  // a gap shows itself instead of failing.
  const message: Message | undefined = isMessageKey(key) ? MESSAGES[key] : undefined;
  if (!message) return `[${String(key)}]`;
  return fillTemplate(message[lang], params, lang);
}

/** Both languages, Chinese first: for messages shown where the language is not known (CLI errors). */
export function tBoth(
  key: MessageKey,
  params: Readonly<Record<string, string | number | boolean | undefined>> = {},
): string {
  return `${t(key, 'zh', params)}\n${t(key, 'en', params)}`;
}
