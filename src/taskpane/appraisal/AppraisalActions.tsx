import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import type { AppraisalSettings } from '../../core/appraisal/types';
import { overallFraction } from '../check/ProgressPanel';
import { useT } from '../i18n/LangContext';
import { IssueList } from './IssueList';
import type { AppraisalController } from './useAppraisal';
import { useAppraisalStyles } from './useAppraisalStyles';
import type { Result } from '../../core/issue';

/** 生成评分表 and 汇总评分, the progress of a generation, and why the settings cannot be used yet. */
/** A bar's value, or none: an unknown fraction shows the moving (indeterminate) bar. */
function fractionProps(value: number | undefined): { value?: number } {
  return value === undefined ? {} : { value };
}

export function AppraisalActions(props: {
  controller: AppraisalController;
  resolved: Result<AppraisalSettings>;
  /** Undefined while the check's settings load: generating waits for the policy. */
  onGenerate: ((settings: AppraisalSettings) => void) | undefined;
}) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const { controller, resolved, onGenerate } = props;
  const { state, busy } = controller;
  const generating = state.status === 'generating';
  const collecting = state.status === 'collecting';
  return (
    <>
      {!resolved.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr('ui.appraisal.invalid')}</MessageBarTitle>
            <IssueList issues={resolved.issues} label={tr('ui.appraisal.invalid')} />
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          className={styles.primary}
          disabled={busy || !resolved.ok || !onGenerate}
          onClick={() => resolved.ok && onGenerate?.(resolved.value)}
        >
          {generating ? tr('ui.appraisal.generating') : tr('ui.appraisal.generate')}
        </Button>
        <Button className={styles.primary} disabled={busy} onClick={controller.collect}>
          {collecting ? tr('ui.appraisal.collecting') : tr('ui.appraisal.collect')}
        </Button>
      </div>
      {generating && (
        <Field
          label={tr('ui.appraisal.progress.label')}
          validationMessage={tr(`ui.appraisal.progress.${state.progress.phase}`)}
          validationState="none"
        >
          <ProgressBar {...fractionProps(overallFraction(state.progress))} />
        </Field>
      )}
    </>
  );
}
