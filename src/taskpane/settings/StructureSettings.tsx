import { mergeClasses, Subtitle2, Switch } from '@fluentui/react-components';
import type { Policy, PolicyRules } from '../../core/policy/types';
import { useT } from '../i18n/LangContext';
import { NumberField } from './NumberField';
import { patchRule } from './policyEdit';
import { useSectionStyles } from './useSectionStyles';

type LimitRule = 'staff-total' | 'presidium' | 'departments' | 'dept-staff';

const CONGRESS_FIELDS = ['minDelegatePercent', 'minNonCadrePercent', 'minYearPercent'] as const;

/** 机构与人员规模: every size limit, each with its switch. */
export function StructureSettings(props: { policy: Policy; onChange: (p: Policy) => void }) {
  const styles = useSectionStyles();
  const tr = useT();
  const { policy, onChange } = props;
  const rules = policy.rules;
  const toggle = (code: keyof PolicyRules) => (
    <Switch
      label={tr(`rule.${code}.title`)}
      checked={rules[code].enabled}
      onChange={(_, d) => onChange(patchRule(policy, code, { enabled: d.checked }))}
    />
  );
  const limit = (code: LimitRule) => (
    <div className={styles.rule} key={code}>
      {toggle(code)}
      <div className={styles.nested}>
        <NumberField
          label={tr(`ui.settings.max.${code}`)}
          value={rules[code].max}
          min={0}
          disabled={!rules[code].enabled}
          onChange={(max) => max !== undefined && onChange(patchRule(policy, code, { max }))}
        />
      </div>
    </div>
  );
  const heads = rules['dept-heads'];
  const fromColleges = rules['from-colleges'];
  const coreRatio = rules['core-ratio'];
  const congress = rules.congress;
  return (
    <section className={styles.section} aria-label={tr('ui.settings.structure')}>
      <Subtitle2 as="h2">{tr('ui.settings.structure')}</Subtitle2>
      {limit('staff-total')}
      {limit('presidium')}
      {limit('departments')}
      <div className={styles.rule}>
        {toggle('dept-heads')}
        <div className={mergeClasses(styles.nested, styles.pair)}>
          <NumberField
            label={tr('ui.settings.deptHeads.min')}
            value={heads.min}
            disabled={!heads.enabled}
            onChange={(min) =>
              min !== undefined && onChange(patchRule(policy, 'dept-heads', { min }))
            }
          />
          <NumberField
            label={tr('ui.settings.deptHeads.max')}
            value={heads.max}
            disabled={!heads.enabled}
            onChange={(max) =>
              max !== undefined && onChange(patchRule(policy, 'dept-heads', { max }))
            }
          />
        </div>
      </div>
      {limit('dept-staff')}
      {toggle('titles')}
      <div className={styles.rule}>
        {toggle('from-colleges')}
        <div className={styles.nested}>
          <NumberField
            label={tr('ui.settings.percent.from-colleges')}
            value={fromColleges.minPercent}
            max={100}
            integer={false}
            disabled={!fromColleges.enabled}
            onChange={(v) =>
              v !== undefined && onChange(patchRule(policy, 'from-colleges', { minPercent: v }))
            }
          />
        </div>
      </div>
      <div className={styles.rule}>
        {toggle('core-ratio')}
        <div className={styles.nested}>
          <NumberField
            label={tr('ui.settings.percent.core-ratio')}
            value={coreRatio.maxPercent}
            max={100}
            integer={false}
            disabled={!coreRatio.enabled}
            onChange={(v) =>
              v !== undefined && onChange(patchRule(policy, 'core-ratio', { maxPercent: v }))
            }
          />
        </div>
      </div>
      <div className={styles.rule}>
        {toggle('congress')}
        <div className={styles.nested}>
          {CONGRESS_FIELDS.map((field) => (
            <NumberField
              key={field}
              label={tr(`ui.settings.congress.${field}`)}
              value={congress[field]}
              max={100}
              integer={false}
              disabled={!congress.enabled}
              onChange={(v) =>
                v !== undefined && onChange(patchRule(policy, 'congress', { [field]: v }))
              }
            />
          ))}
        </div>
      </div>
    </section>
  );
}
