import { Field, Input, Subtitle2 } from '@fluentui/react-components';
import type { AppraisalLayout, AppraisalScope } from '../../core/appraisal/types';
import { useT } from '../i18n/LangContext';
import { ChoiceField } from '../settings/ChoiceField';
import type { AppraisalDraft } from './draft';
import { useAppraisalStyles } from './useAppraisalStyles';

const SCOPES: readonly AppraisalScope[] = ['leaders', 'all'];
const LAYOUTS: readonly AppraisalLayout[] = ['per-department', 'single'];

/** 评议对象: who is appraised, how the forms are split, and the term and school in the titles. */
export function WhoSection(props: {
  draft: AppraisalDraft;
  onChange: (draft: AppraisalDraft) => void;
}) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const { draft, onChange } = props;
  return (
    <section className={styles.section} aria-label={tr('ui.appraisal.who')}>
      <Subtitle2 as="h2">{tr('ui.appraisal.who')}</Subtitle2>
      <ChoiceField<AppraisalScope>
        label={tr('ui.appraisal.scope')}
        value={draft.scope}
        options={SCOPES.map((value) => ({ value, label: tr(`appraisal.scope.${value}`) }))}
        onChange={(scope) => onChange({ ...draft, scope })}
      />
      <ChoiceField<AppraisalLayout>
        label={tr('ui.appraisal.layout')}
        value={draft.layout}
        options={LAYOUTS.map((value) => ({ value, label: tr(`appraisal.layout.${value}`) }))}
        onChange={(layout) => onChange({ ...draft, layout })}
      />
      <div className={styles.pair}>
        <Field label={tr('ui.appraisal.term')} hint={tr('ui.appraisal.termHint')}>
          <Input
            className={styles.cellInput}
            value={draft.term}
            placeholder="2025-2026-1"
            onChange={(_, data) => onChange({ ...draft, term: data.value })}
          />
        </Field>
        <Field label={tr('ui.appraisal.school')} hint={tr('ui.appraisal.schoolHint')}>
          <Input
            className={styles.cellInput}
            value={draft.school}
            onChange={(_, data) => onChange({ ...draft, school: data.value })}
          />
        </Field>
      </div>
    </section>
  );
}
