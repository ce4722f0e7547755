import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { MappingOverride } from '../../core/discovery/types';
import type { Policy } from '../../core/policy/types';
import type { PaneGateway } from '../gateway';
import { useLang, useT } from '../i18n/LangContext';
import { ImportButton } from '../importer/ImportButton';
import { ImportPanel } from '../importer/ImportPanel';
import type { ImportReader } from '../importer/types';
import { useImport } from '../importer/useImport';
import { CheckStatus } from './CheckStatus';
import { ResultView } from './ResultView';
import { useCheck } from './useCheck';
import { useClearMarks } from './useClearMarks';
import { useSelectRow } from './useSelectRow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  primary: { width: '100%' },
});

export interface CheckTabProps {
  readonly gateway: PaneGateway;
  readonly reader: ImportReader;
  /** The settings to check with; undefined while they load (the button waits). */
  readonly policy: Policy | undefined;
  readonly overrides: readonly MappingOverride[];
}

/** The 检查 tab: 一键检查, 导入成绩文件, 清除标记, progress, and the result. */
export function CheckTab(props: CheckTabProps) {
  const styles = useStyles();
  const tr = useT();
  const lang = useLang();
  const check = useCheck(props.gateway, lang);
  const importer = useImport(props.reader, props.gateway, lang);
  const marks = useClearMarks(props.gateway, lang);
  const selection = useSelectRow(props.gateway, lang);
  const state = check.state;
  const running = state.status === 'reading';
  const { policy } = props;

  const run = () => {
    if (!policy) return;
    marks.dismiss();
    check.run({
      policy,
      overrides: [...props.overrides],
      ...(importer.imported.length > 0 ? { imported: importer.imported } : {}),
    });
  };

  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        size="large"
        className={styles.primary}
        disabled={running || !policy}
        onClick={run}
      >
        {running ? tr('ui.check.running') : tr('ui.check.run')}
      </Button>
      <div className={styles.actions}>
        <ImportButton onPick={importer.pick} disabled={running} />
        <Button onClick={marks.clear} disabled={running || marks.state.status === 'clearing'}>
          {tr('ui.clear.button')}
        </Button>
      </div>
      <ImportPanel importer={importer} />
      {marks.state.status === 'cleared' && (
        <MessageBar intent="info">
          <MessageBarBody>
            {marks.state.removed > 0
              ? tr('ui.clear.done', { removed: marks.state.removed })
              : tr('ui.clear.none')}
          </MessageBarBody>
        </MessageBar>
      )}
      {marks.state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{marks.state.message}</MessageBarBody>
        </MessageBar>
      )}
      {selection.error !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{selection.error}</MessageBarBody>
        </MessageBar>
      )}
      <CheckStatus check={check} hint={tr('ui.check.hint')} />
      {state.status === 'checked' && (
        <ResultView
          result={state.result}
          {...(state.reportSheet !== undefined ? { reportSheet: state.reportSheet } : {})}
          onSelect={selection.select}
        />
      )}
    </div>
  );
}
