import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useT } from '../i18n/LangContext';
import { IssueLine } from './IssuesPanel';
import { ProgressPanel } from './ProgressPanel';
import type { CheckController } from './useCheck';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface CheckStatusProps {
  readonly check: CheckController;
  /** What to do first, shown before any check (the pane and the page word it differently). */
  readonly hint: string;
}

/**
 * A check's state before it has a result, the same in every host: the hint, progress with 取消,
 * cancelled, failed, and the issues that stopped it.
 */
export function CheckStatus({ check, hint }: CheckStatusProps) {
  const styles = useStyles();
  const tr = useT();
  const state = check.state;
  switch (state.status) {
    case 'idle':
      return <Text>{hint}</Text>;
    case 'reading':
      return (
        <ProgressPanel
          progress={state.progress}
          cancelling={state.cancelling}
          onCancel={check.cancel}
        />
      );
    case 'cancelled':
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{tr('ui.check.cancelled')}</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr('ui.check.failed')}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'rejected':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr('ui.check.rejected')}</MessageBarTitle>
            <ul className={styles.list}>
              {state.issues.map((issue, i) => (
                <IssueLine key={i} issue={issue} />
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
