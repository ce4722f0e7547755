import type { Lang, Message } from './types';

type Params = Readonly<Record<string, string | number | boolean | undefined>>;

function show(value: string | number | boolean | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean')
    return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'number' && !Number.isInteger(value))
    return String(Math.round(value * 100) / 100);
  return String(value);
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function fillTemplate(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? show(params[name], lang) : whole,
  );
}

export function renderMessage(message: Message, params: Params, lang: Lang): string {
  return fillTemplate(message[lang], params, lang);
}
