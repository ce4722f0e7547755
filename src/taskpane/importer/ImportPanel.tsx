import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useLang, useT } from '../i18n/LangContext';
import { t } from '../../core/messages';
import { ImportProgressBar } from './ImportProgressBar';
import type { ImportController } from './useImport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

/** The imported files waiting for the check, with remove and 插入为工作表, and what happened last. */
export function ImportPanel(props: { importer: ImportController }) {
  const styles = useStyles();
  const tr = useT();
  const lang = useLang();
  const { files, activity } = props.importer;
  return (
    <div className={styles.root}>
      {activity.status === 'reading' && (
        <ImportProgressBar
          names={activity.names}
          progress={activity.progress}
          onCancel={props.importer.cancel}
        />
      )}
      {activity.status === 'read' &&
        activity.failures.map((f) => (
          <MessageBar key={f.name} intent="error">
            <MessageBarBody>{t(f.messageKey, lang, f.params)}</MessageBarBody>
          </MessageBar>
        ))}
      {files.flatMap((file) =>
        (file.notices ?? []).map((n, i) => (
          <MessageBar key={`${file.name}:${i}`} intent="warning">
            <MessageBarBody>{t(n.messageKey, lang, n.params)}</MessageBarBody>
          </MessageBar>
        )),
      )}
      {activity.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{activity.message}</MessageBarBody>
        </MessageBar>
      )}
      {activity.status === 'inserted' && (
        <MessageBar intent="success">
          <MessageBarBody>
            {tr('ui.import.inserted', { names: activity.sheets.join('、') })}
          </MessageBarBody>
        </MessageBar>
      )}
      {files.length > 0 && (
        <>
          <Text>{tr('ui.import.loaded', { count: files.length })}</Text>
          <ul className={styles.list} aria-label={tr('ui.import.listLabel')}>
            {files.map((file) => (
              <li key={file.name} className={styles.file}>
                <Caption1 className={styles.grow}>
                  {tr('ui.import.file', {
                    name: file.name,
                    sheets: file.sheets.length,
                    rows: file.rows,
                  })}
                </Caption1>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => props.importer.remove(file.name)}
                  aria-label={tr('ui.import.removeNamed', { name: file.name })}
                >
                  {tr('ui.import.remove')}
                </Button>
              </li>
            ))}
          </ul>
          <Button
            size="small"
            onClick={props.importer.insert}
            disabled={activity.status === 'inserting'}
          >
            {tr('ui.import.insert')}
          </Button>
        </>
      )}
    </div>
  );
}
