import type { TermWindow } from '../../policy/types';
import { choice, termWindow } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface FailedSettings extends Toggle {
  /** strict: failed at first attempt counts even if passed later; lenient: only still failed. */
  mode: 'strict' | 'lenient';
  window: TermWindow;
}

export const SETTINGS: RuleSettings<FailedSettings> = {
  defaults: { enabled: true, mode: 'strict', window: 'last-year' },
  fields: { mode: choice(['strict', 'lenient']), window: termWindow },
};
