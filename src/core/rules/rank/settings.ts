import type { CohortKind, TermWindow } from '../../policy/types';
import { bool, choice, termWindow } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface RankSettings extends Toggle {
  /** Top share of the cohort, in percent (30 = top 30%). */
  topPercent: number;
  /** top n = ceil (default) or floor of topPercent x cohort size. */
  rounding: 'ceil' | 'floor';
  cohort: CohortKind;
  window: TermWindow;
  /** Use the school's own 综合排名 column when the workbook has one. */
  useSchoolRank: boolean;
}

export const SETTINGS: RuleSettings<RankSettings> = {
  defaults: {
    enabled: true,
    topPercent: 30,
    rounding: 'ceil',
    cohort: 'major+year',
    window: 'last-year',
    useSchoolRank: true,
  },
  fields: {
    topPercent: { spec: { kind: 'number', min: 0.01, max: 100 } },
    rounding: choice(['ceil', 'floor']),
    cohort: choice(['major+year', 'major', 'class']),
    window: termWindow,
    useSchoolRank: bool,
  },
};
