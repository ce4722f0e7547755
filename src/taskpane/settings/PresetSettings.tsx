import { Subtitle2 } from '@fluentui/react-components';
import { PRESET_NAMES, type Policy, type PresetName } from '../../core/policy/types';
import { useT } from '../i18n/LangContext';
import { ChoiceField } from './ChoiceField';
import { NumberField } from './NumberField';
import { switchPreset, withStudentsServed } from './policyEdit';
import { useSectionStyles } from './useSectionStyles';

/** 政策方案 and 联系服务学生人数: the choices every other setting starts from. */
export function PresetSettings(props: { policy: Policy; onChange: (p: Policy) => void }) {
  const styles = useSectionStyles();
  const tr = useT();
  const { policy, onChange } = props;
  return (
    <section className={styles.section} aria-label={tr('ui.settings.basics')}>
      <Subtitle2 as="h2">{tr('ui.settings.basics')}</Subtitle2>
      <ChoiceField<PresetName>
        label={tr('ui.settings.preset')}
        hint={tr('ui.settings.presetHint')}
        value={policy.preset}
        options={PRESET_NAMES.map((value) => ({ value, label: tr(`preset.${value}`) }))}
        onChange={(name) => onChange(switchPreset(policy, name))}
      />
      <NumberField
        label={tr('ui.settings.studentsServed')}
        hint={tr('ui.settings.studentsServedHint')}
        value={policy.studentsServed}
        min={1}
        optional
        onChange={(value) => onChange(withStudentsServed(policy, value))}
      />
    </section>
  );
}
