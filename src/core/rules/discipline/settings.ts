import type { TermWindow } from '../../policy/types';
import type { SanctionLevel } from '../../records';
import { bool, enumList, termWindow } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface DisciplineSettings extends Toggle {
  sanctions: SanctionLevel[];
  window: TermWindow;
  /** Count a sanction marked lifted (是否解除 = 是) too; off by default, as the register says it no longer applies. */
  countLifted: boolean;
}

export const SETTINGS: RuleSettings<DisciplineSettings> = {
  defaults: {
    enabled: true,
    sanctions: ['警告', '严重警告', '记过', '记大过', '留校察看', '开除学籍'],
    window: 'last-year',
    countLifted: false,
  },
  fields: {
    sanctions: enumList(['警告', '严重警告', '记过', '记大过', '留校察看', '开除学籍']),
    window: termWindow,
    countLifted: bool,
  },
};
