import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { t, type Lang } from '../../core/messages';

type Params = Readonly<Record<string, string | number | boolean | undefined>>;

const LangContext = createContext<Lang>('zh');

/** Provides the pane's language (from Office's display language) to every component below. */
export function LangProvider(props: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={props.lang}>{props.children}</LangContext.Provider>;
}

/** The pane's language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** A translator bound to the pane's language: `tr('ui.check.run')`. */
export function useT(): (key: string, params?: Params) => string {
  const lang = useLang();
  return useCallback((key: string, params: Params = {}) => t(key, lang, params), [lang]);
}
