/** The two languages of every user-facing text: Simplified Chinese first, English second. */
export type Lang = 'zh' | 'en';

/** A message template; `{name}` is replaced by the parameter of that name. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

export type MessageTable = Readonly<Record<string, Message>>;
