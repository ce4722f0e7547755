import { useCallback, useEffect, useRef, useState } from 'react';
import type { MappingOverride } from '../../core/discovery/types';
import { t, type Lang } from '../../core/messages';
import { presetPolicy } from '../../core/policy/presets';
import { parsePolicy, policyToJson } from '../../core/policy/serialize';
import type { Policy } from '../../core/policy/types';
import { errorText } from '../errorText';
import type { PaneGateway, StoredSettings } from '../gateway';

export type SaveStatus =
  | { readonly status: 'saved' }
  | { readonly status: 'pending' }
  | { readonly status: 'failed'; readonly message: string };

/** Settings as the pane holds them: loading from the workbook, then editable and saved back. */
export type SettingsState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly policy: Policy;
      readonly overrides: readonly MappingOverride[];
      readonly save: SaveStatus;
      /** Why the stored settings were not used, when they could not be read. */
      readonly notice?: string;
    };

export interface SettingsController {
  readonly state: SettingsState;
  readonly setPolicy: (policy: Policy) => void;
  readonly setOverrides: (overrides: readonly MappingOverride[]) => void;
}

/** Delay before an edit is written to the workbook, so typing a number saves once. */
export const SAVE_DELAY_MS = 600;

function fromStored(
  stored: StoredSettings,
  lang: Lang,
): Extract<SettingsState, { status: 'ready' }> {
  const base = { overrides: stored.overrides ?? [], save: { status: 'saved' } as const };
  if (stored.policyJson === undefined) return { status: 'ready', policy: presetPolicy(), ...base };
  const parsed = parsePolicy(stored.policyJson);
  if (parsed.ok) return { status: 'ready', policy: parsed.value, ...base };
  const detail = parsed.issues.map((e) => t(e.messageKey, lang, e.params)).join('；');
  return {
    status: 'ready',
    policy: presetPolicy(),
    ...base,
    notice: t('ui.settings.storedInvalid', lang, { detail }),
  };
}

/** Loads the workbook's settings once, and saves every edit back (debounced). */
export function useSettings(gateway: PaneGateway, lang: Lang): SettingsController {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  const edits = useRef(0);

  useEffect(() => {
    let live = true;
    gateway.loadSettings().then(
      (stored) => live && setState(fromStored(stored, lang)),
      (error: unknown) =>
        live &&
        setState({
          status: 'ready',
          policy: presetPolicy(),
          overrides: [],
          save: { status: 'saved' },
          notice: t('ui.settings.loadFailed', lang, { detail: errorText(error, lang) }),
        }),
    );
    return () => {
      live = false;
    };
  }, [gateway, lang]);

  const pendingSave = state.status === 'ready' && state.save.status === 'pending';
  const policy = state.status === 'ready' ? state.policy : undefined;
  const overrides = state.status === 'ready' ? state.overrides : undefined;
  useEffect(() => {
    if (!pendingSave || !policy || !overrides) return;
    const edit = edits.current;
    const timer = setTimeout(() => {
      gateway.saveSettings({ policyJson: policyToJson(policy), overrides: [...overrides] }).then(
        () =>
          setState((s) =>
            s.status === 'ready' && edits.current === edit
              ? { ...s, save: { status: 'saved' } }
              : s,
          ),
        (error: unknown) =>
          setState((s) =>
            s.status === 'ready'
              ? { ...s, save: { status: 'failed', message: errorText(error, lang) } }
              : s,
          ),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [gateway, lang, pendingSave, policy, overrides]);

  const setPolicy = useCallback((next: Policy) => {
    edits.current++;
    setState((s) =>
      s.status === 'ready' ? { ...s, policy: next, save: { status: 'pending' } } : s,
    );
  }, []);

  const setOverrides = useCallback((next: readonly MappingOverride[]) => {
    edits.current++;
    setState((s) =>
      s.status === 'ready' ? { ...s, overrides: next, save: { status: 'pending' } } : s,
    );
  }, []);

  return { state, setPolicy, setOverrides };
}
