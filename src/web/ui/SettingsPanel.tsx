import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { policyToJson } from '../../core/policy/serialize';
import type { PaneGateway } from '../../taskpane/gateway';
import { useT } from '../../taskpane/i18n/LangContext';
import { SettingsTab } from '../../taskpane/settings/SettingsTab';
import type { SettingsController } from '../../taskpane/settings/useSettings';
import { download } from './download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The pane's 设置 tab, kept in the browser, and 导出设置 as the policy file the CLI reads. */
export function SettingsPanel(props: { settings: SettingsController; gateway: PaneGateway }) {
  const styles = useStyles();
  const tr = useT();
  const { state } = props.settings;
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{tr('web.settings.stored')}</Caption1>
      {state.status === 'ready' && (
        <div>
          <Button
            onClick={() => download(policyToJson(state.policy), 'policy.json', 'application/json')}
          >
            {tr('web.settings.export')}
          </Button>{' '}
          <Caption1 className={styles.muted}>{tr('web.settings.exportHint')}</Caption1>
        </div>
      )}
      <SettingsTab settings={props.settings} gateway={props.gateway} />
    </div>
  );
}
