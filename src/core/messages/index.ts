import { fillTemplate } from './format';
import type { Lang, Message, MessageTable } from './types';
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

export type { Lang, Message } from './types';

/**
 * The one message catalogue. Each area keeps its part in its own file; keys are namespaced
 * (`input.*`, `rule.*`, `report.*`, `cli.*`, `ui.*`, `appraisal.*`, `io.*`, `excel.*`) so the parts never collide.
 */
export const MESSAGES: MessageTable = {
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
};

/** The message for `key` in `lang`; an unknown key shows itself so a gap is visible, not blank. */
export function t(
  key: string,
  lang: Lang,
  params: Readonly<Record<string, string | number | boolean | undefined>> = {},
): string {
  const message: Message | undefined = MESSAGES[key];
  if (!message) return `[${key}]`;
  return fillTemplate(message[lang], params, lang);
}

/** Both languages, Chinese first: for messages shown where the language is not known (CLI errors). */
export function tBoth(
  key: string,
  params: Readonly<Record<string, string | number | boolean | undefined>> = {},
): string {
  return `${t(key, 'zh', params)}\n${t(key, 'en', params)}`;
}
