import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { useT } from '../i18n/LangContext';
import type { ImportProgress } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1 },
});

/**
 * 正在读取 with how much of the files is read and the rows so far (a million-row export takes
 * seconds), and 取消, which drops what was read.
 */
export function ImportProgressBar(props: {
  names: readonly string[];
  progress: ImportProgress | undefined;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const tr = useT();
  const { progress } = props;
  const known = progress !== undefined && progress.total > 0;
  const fraction = known ? Math.min(1, progress.done / progress.total) : undefined;
  const words = known
    ? tr('ui.progress.readRows', {
        rows: progress.rows.toLocaleString('en-US'),
        percent: Math.floor(100 * (fraction ?? 0)),
      })
    : undefined;
  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        label={tr('ui.import.reading', { names: props.names.join('、') })}
        {...(words !== undefined ? { validationMessage: words } : {})}
        validationState="none"
      >
        <ProgressBar {...(fraction !== undefined ? { value: fraction } : {})} thickness="large" />
      </Field>
      <Button onClick={props.onCancel}>{tr('ui.check.cancel')}</Button>
    </div>
  );
}
