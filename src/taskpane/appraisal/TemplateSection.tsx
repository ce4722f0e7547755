import { Button, Subtitle2 } from '@fluentui/react-components';
import { BUILT_IN_TEMPLATES } from '../../core/appraisal/templates';
import { useT } from '../i18n/LangContext';
import { ChoiceField } from '../settings/ChoiceField';
import { DimensionEditor } from './DimensionEditor';
import type { AppraisalDraft, TemplateChoice } from './draft';
import { useAppraisalStyles } from './useAppraisalStyles';

const CHOICES: readonly TemplateChoice[] = ['national', 'hnjt-2021', 'custom'];

/** 评分模板: one of the two seed templates (shown), or the teacher's own dimensions (edited). */
export function TemplateSection(props: {
  draft: AppraisalDraft;
  onChange: (draft: AppraisalDraft) => void;
}) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const { draft, onChange } = props;
  const builtIn =
    draft.templateChoice === 'custom' ? undefined : BUILT_IN_TEMPLATES[draft.templateChoice];
  return (
    <section className={styles.section} aria-label={tr('ui.appraisal.template')}>
      <Subtitle2 as="h2">{tr('ui.appraisal.template')}</Subtitle2>
      <ChoiceField<TemplateChoice>
        label={tr('ui.appraisal.template')}
        value={draft.templateChoice}
        options={CHOICES.map((value) => ({ value, label: tr(`ui.appraisal.template.${value}`) }))}
        onChange={(templateChoice) => onChange({ ...draft, templateChoice })}
      />
      {builtIn ? (
        <>
          <ul className={styles.list} aria-label={tr('ui.appraisal.dims')}>
            {builtIn.dimensions.map((d) => (
              <li key={d.name} className={styles.item}>
                {tr('ui.appraisal.dim.line', { name: d.name, max: d.max })}
              </li>
            ))}
          </ul>
          <Button
            size="small"
            onClick={() =>
              onChange({ ...draft, templateChoice: 'custom', custom: builtIn.dimensions })
            }
          >
            {tr('ui.appraisal.template.customise')}
          </Button>
        </>
      ) : (
        <DimensionEditor
          dimensions={draft.custom}
          onChange={(custom) => onChange({ ...draft, custom })}
        />
      )}
    </section>
  );
}
