import { RadioGroup, Radio, Field, Subtitle2, Switch } from '@fluentui/react-components';
import type { CohortKind, Policy, TermWindow } from '../../core/policy/types';
import { useT } from '../i18n/LangContext';
import { ChoiceField } from './ChoiceField';
import { NumberField } from './NumberField';
import { patchRule } from './policyEdit';
import { useSectionStyles } from './useSectionStyles';

const COHORTS: readonly CohortKind[] = ['major+year', 'major', 'class'];
const WINDOWS: readonly TermWindow[] = ['last-term', 'last-year', 'since-entry'];

/** 成员遴选条件: political status, rank (threshold, cohort, window), failed courses, sanctions. */
export function EligibilitySettings(props: { policy: Policy; onChange: (p: Policy) => void }) {
  const styles = useSectionStyles();
  const tr = useT();
  const { policy, onChange } = props;
  const { political, rank, failed, discipline, freshman } = policy.rules;
  const windows = WINDOWS.map((value) => ({ value, label: tr(`ui.window.${value}`) }));
  return (
    <section className={styles.section} aria-label={tr('ui.settings.eligibility')}>
      <Subtitle2 as="h2">{tr('ui.settings.eligibility')}</Subtitle2>
      <Switch
        label={tr('ui.settings.political')}
        checked={political.enabled}
        onChange={(_, d) => onChange(patchRule(policy, 'political', { enabled: d.checked }))}
      />
      <div className={styles.rule}>
        <Switch
          label={tr('ui.settings.rank')}
          checked={rank.enabled}
          onChange={(_, d) => onChange(patchRule(policy, 'rank', { enabled: d.checked }))}
        />
        <div className={styles.nested}>
          <NumberField
            label={tr('ui.settings.rank.topPercent')}
            value={rank.topPercent}
            min={1}
            max={100}
            integer={false}
            disabled={!rank.enabled}
            onChange={(v) =>
              v !== undefined && onChange(patchRule(policy, 'rank', { topPercent: v }))
            }
          />
          <ChoiceField<'ceil' | 'floor'>
            label={tr('ui.settings.rank.rounding')}
            value={rank.rounding}
            options={[
              { value: 'ceil', label: tr('ui.settings.rank.ceil') },
              { value: 'floor', label: tr('ui.settings.rank.floor') },
            ]}
            disabled={!rank.enabled}
            onChange={(rounding) => onChange(patchRule(policy, 'rank', { rounding }))}
          />
          <ChoiceField
            label={tr('ui.settings.rank.cohort')}
            value={rank.cohort}
            options={COHORTS.map((value) => ({ value, label: tr(`ui.cohort.${value}`) }))}
            disabled={!rank.enabled}
            onChange={(cohort) => onChange(patchRule(policy, 'rank', { cohort }))}
          />
          <ChoiceField
            label={tr('ui.settings.rank.window')}
            value={rank.window}
            options={windows}
            disabled={!rank.enabled}
            onChange={(window) => onChange(patchRule(policy, 'rank', { window }))}
          />
          <Switch
            label={tr('ui.settings.rank.useSchoolRank')}
            checked={rank.useSchoolRank}
            disabled={!rank.enabled}
            onChange={(_, d) => onChange(patchRule(policy, 'rank', { useSchoolRank: d.checked }))}
          />
          <Switch
            label={tr('ui.settings.freshman')}
            checked={freshman.enabled}
            disabled={!rank.enabled}
            onChange={(_, d) => onChange(patchRule(policy, 'freshman', { enabled: d.checked }))}
          />
        </div>
      </div>
      <div className={styles.rule}>
        <Switch
          label={tr('ui.settings.failed')}
          checked={failed.enabled}
          onChange={(_, d) => onChange(patchRule(policy, 'failed', { enabled: d.checked }))}
        />
        <div className={styles.nested}>
          <Field label={tr('ui.settings.failed.mode')}>
            <RadioGroup
              value={failed.mode}
              disabled={!failed.enabled}
              onChange={(_, d) =>
                onChange(patchRule(policy, 'failed', { mode: d.value as 'strict' | 'lenient' }))
              }
            >
              <Radio value="strict" label={tr('ui.settings.failed.strict')} />
              <Radio value="lenient" label={tr('ui.settings.failed.lenient')} />
            </RadioGroup>
          </Field>
          <ChoiceField
            label={tr('ui.settings.failed.window')}
            value={failed.window}
            options={windows}
            disabled={!failed.enabled}
            onChange={(window) => onChange(patchRule(policy, 'failed', { window }))}
          />
        </div>
      </div>
      <div className={styles.rule}>
        <Switch
          label={tr('ui.settings.discipline')}
          checked={discipline.enabled}
          onChange={(_, d) => onChange(patchRule(policy, 'discipline', { enabled: d.checked }))}
        />
        <div className={styles.nested}>
          <ChoiceField
            label={tr('ui.settings.discipline.window')}
            value={discipline.window}
            options={windows}
            disabled={!discipline.enabled}
            onChange={(window) => onChange(patchRule(policy, 'discipline', { window }))}
          />
          <Switch
            label={tr('ui.settings.discipline.countLifted')}
            checked={discipline.countLifted}
            disabled={!discipline.enabled}
            onChange={(_, d) =>
              onChange(patchRule(policy, 'discipline', { countLifted: d.checked }))
            }
          />
        </div>
      </div>
    </section>
  );
}
