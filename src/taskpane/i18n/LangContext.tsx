import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { t, type Lang, type MessageKey } from '../../core/messages';

type Params = Readonly<Record<string, string | number | boolean | undefined>>;

const LangContext = createContext<Lang>('zh');

/** Message keys a host words its own way (the browser page keeps settings in the browser, not a workbook). */
export type Wording = Readonly<Partial<Record<MessageKey, MessageKey>>>;

const WordingContext = createContext<Wording>({});

/** Provides the pane's language (from Office's display language) to every component below. */
export function LangProvider(props: { lang: Lang; wording?: Wording; children: ReactNode }) {
  const inner = <LangContext.Provider value={props.lang}>{props.children}</LangContext.Provider>;
  return props.wording ? (
    <WordingContext.Provider value={props.wording}>{inner}</WordingContext.Provider>
  ) : (
    inner
  );
}

/** The pane's language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** A translator bound to the pane's language: `tr('ui.check.run')`. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useLang();
  const wording = useContext(WordingContext);
  return useCallback(
    (key: MessageKey, params: Params = {}) => t(wording[key] ?? key, lang, params),
    [lang, wording],
  );
}
