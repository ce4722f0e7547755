import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { CheckProgress } from '../gateway';
import { useT } from '../i18n/LangContext';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1 },
});

/** The phase as a sentence; reading shows rows done of rows in total when known. */
export function progressText(
  progress: CheckProgress,
  tr: (key: string, params?: Record<string, number | string>) => string,
): string {
  if (progress.phase !== 'read') return tr(`ui.progress.${progress.phase}`);
  const done = progress.done.toLocaleString('en-US');
  if (progress.total <= 0) return tr('ui.progress.readSoFar', { done });
  return tr('ui.progress.read', { done, total: progress.total.toLocaleString('en-US') });
}

/** The progress bar while a check runs, with its 取消 button. */
export function ProgressPanel(props: {
  progress: CheckProgress;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const tr = useT();
  const { progress } = props;
  const known = progress.total > 0;
  const value = known ? Math.min(1, progress.done / progress.total) : undefined;
  const label = props.cancelling ? tr('ui.check.cancelling') : progressText(progress, tr);
  return (
    <div className={styles.root}>
      <Field className={styles.field} validationMessage={label} validationState="none">
        <ProgressBar value={value} thickness="large" aria-label={tr('ui.progress.label')} />
      </Field>
      <Button onClick={props.onCancel} disabled={props.cancelling}>
        {tr('ui.check.cancel')}
      </Button>
    </div>
  );
}
