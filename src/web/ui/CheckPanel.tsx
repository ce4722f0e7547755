import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { MappingOverride } from '../../core/discovery/types';
import type { Policy } from '../../core/policy/types';
import { CheckStatus } from '../../taskpane/check/CheckStatus';
import { ResultView } from '../../taskpane/check/ResultView';
import type { CheckController } from '../../taskpane/check/useCheck';
import { useT } from '../../taskpane/i18n/LangContext';
import { download } from './download';
import { FilePicker } from './FilePicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The page has no workbook to go to: findings on picked files are never links in the pane. */
const NO_SELECT = () => undefined;

export interface CheckPanelProps {
  readonly check: CheckController;
  readonly files: readonly File[];
  readonly onFiles: (files: File[]) => void;
  readonly policy: Policy | undefined;
  readonly overrides: readonly MappingOverride[];
  readonly report: () => Uint8Array | undefined;
}

/** The page's 检查 tab: the files, 检查, progress with 取消, the pane's result view, 下载检查报告. */
export function CheckPanel(props: CheckPanelProps) {
  const styles = useStyles();
  const tr = useT();
  const { check, policy, files } = props;
  const state = check.state;
  const running = state.status === 'reading';
  const run = () => {
    if (policy) check.run({ policy, overrides: [...props.overrides] });
  };
  const report = state.status === 'checked' ? props.report() : undefined;
  return (
    <div className={styles.root}>
      <FilePicker
        files={files}
        onChange={props.onFiles}
        label={tr('web.files.label')}
        hint={tr('web.files.hint')}
        disabled={running}
        testId="web-files"
      />
      <Button
        appearance="primary"
        size="large"
        disabled={running || !policy || files.length === 0}
        onClick={run}
      >
        {running ? tr('ui.check.running') : tr('web.check.run')}
      </Button>
      <CheckStatus check={check} hint={tr('web.check.hint')} />
      {report && (
        <Button onClick={() => download(report, tr('web.report.file'))}>
          {tr('web.report.download')}
        </Button>
      )}
      {state.status === 'checked' && <ResultView result={state.result} onSelect={NO_SELECT} />}
    </div>
  );
}
