import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { CheckProgress } from '../gateway';
import { useT } from '../i18n/LangContext';
import type { MessageKey } from '../../core/messages';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1 },
});

/** Where each phase starts and ends on the bar: reading the data is most of the wait. */
const SPANS: Readonly<Record<CheckProgress['phase'], readonly [number, number]>> = {
  discover: [0, 0.1],
  read: [0.1, 0.85],
  compute: [0.85, 0.92],
  write: [0.92, 1],
};

/**
 * The whole check's progress, 0..1, never going back when a phase starts; undefined while
 * reading with no total known (the bar then shows activity instead).
 */
export function overallFraction(progress: CheckProgress): number | undefined {
  const [start, end] = SPANS[progress.phase];
  if (progress.total <= 0) return progress.phase === 'read' ? undefined : start;
  return start + (end - start) * Math.min(1, progress.done / progress.total);
}

/**
 * The phase as a sentence; reading shows rows done of rows in total when known, or the rows read
 * and how much of the files that is when progress counts bytes.
 */
export function progressText(
  progress: CheckProgress,
  tr: (key: MessageKey, params?: Record<string, number | string>) => string,
): string {
  if (progress.phase !== 'read') return tr(`ui.progress.${progress.phase}`);
  if (progress.rows !== undefined && progress.total > 0) {
    const percent = Math.floor((100 * Math.min(progress.done, progress.total)) / progress.total);
    return tr('ui.progress.readRows', { rows: progress.rows.toLocaleString('en-US'), percent });
  }
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
  const value = overallFraction(progress);
  const label = props.cancelling ? tr('ui.check.cancelling') : progressText(progress, tr);
  return (
    <div className={styles.root}>
      <Field className={styles.field} validationMessage={label} validationState="none">
        <ProgressBar
          {...(value === undefined ? {} : { value })}
          thickness="large"
          aria-label={tr('ui.progress.label')}
        />
      </Field>
      <Button onClick={props.onCancel} disabled={props.cancelling}>
        {tr('ui.check.cancel')}
      </Button>
    </div>
  );
}
