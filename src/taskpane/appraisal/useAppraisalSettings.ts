import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppraisalSettings } from '../../core/appraisal/types';
import { t, type Lang } from '../../core/messages';
import { errorText } from '../errorText';
import type { PaneGateway } from '../gateway';
import { SAVE_DELAY_MS } from '../settings/useSettings';
import {
  defaultDraft,
  draftFromText,
  resolveDraft,
  settingsText,
  type AppraisalDraft,
} from './draft';
import { issueText } from './issueText';
import type { Result } from '../../core/issue';

/** The tab's choices: loading from the workbook, then edited and saved back when valid. */
export type AppraisalSettingsState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly draft: AppraisalDraft;
      readonly save: 'saved' | 'pending' | { readonly failed: string };
      /** Why the stored choices were not used. */
      readonly notice?: string;
    };

export interface AppraisalSettingsController {
  readonly state: AppraisalSettingsState;
  /** The draft validated by the core (undefined while loading). */
  readonly resolved: Result<AppraisalSettings> | undefined;
  readonly setDraft: (draft: AppraisalDraft) => void;
}

/**
 * Loads the appraisal choices saved in the workbook once, and saves each edit (debounced) as soon
 * as the choices are valid: an invalid half-typed edit never replaces good saved settings.
 */
export function useAppraisalSettings(
  gateway: PaneGateway,
  lang: Lang,
): AppraisalSettingsController {
  const [state, setState] = useState<AppraisalSettingsState>({ status: 'loading' });
  const edits = useRef(0);

  useEffect(() => {
    let live = true;
    const ready = (draft: AppraisalDraft, notice?: string) =>
      live && setState({ status: 'ready', draft, save: 'saved', ...(notice ? { notice } : {}) });
    gateway.loadSettings().then(
      (stored) => {
        if (stored.appraisalJson === undefined) return ready(defaultDraft());
        const parsed = draftFromText(stored.appraisalJson, lang);
        if (parsed.ok) return ready(parsed.value);
        const detail = parsed.issues.map((i) => issueText(i, lang)).join('；');
        return ready(defaultDraft(), t('ui.appraisal.storedInvalid', lang, { detail }));
      },
      (error: unknown) =>
        ready(
          defaultDraft(),
          t('ui.appraisal.loadFailed', lang, { detail: errorText(error, lang) }),
        ),
    );
    return () => {
      live = false;
    };
  }, [gateway, lang]);

  const draft = state.status === 'ready' ? state.draft : undefined;
  const resolved = useMemo(() => (draft ? resolveDraft(draft, lang) : undefined), [draft, lang]);
  const pending = state.status === 'ready' && state.save === 'pending';
  useEffect(() => {
    if (!pending || !resolved?.ok) return;
    const edit = edits.current;
    const text = settingsText(resolved.value);
    const timer = setTimeout(() => {
      gateway.saveSettings({ appraisalJson: text }).then(
        () =>
          setState((s) =>
            s.status === 'ready' && edits.current === edit ? { ...s, save: 'saved' } : s,
          ),
        (error: unknown) =>
          setState((s) =>
            s.status === 'ready' ? { ...s, save: { failed: errorText(error, lang) } } : s,
          ),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [gateway, lang, pending, resolved]);

  const setDraft = useCallback((next: AppraisalDraft) => {
    edits.current++;
    setState((s) => (s.status === 'ready' ? { ...s, draft: next, save: 'pending' } : s));
  }, []);

  return { state, resolved, setDraft };
}
