import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { PaneGateway } from '../gateway';
import { useLang, useT } from '../i18n/LangContext';
import { EligibilitySettings } from './EligibilitySettings';
import { MappingSettings } from './MappingSettings';
import { PresetSettings } from './PresetSettings';
import { StructureSettings } from './StructureSettings';
import { useDetection } from './useDetection';
import type { SettingsController } from './useSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  status: { color: tokens.colorNeutralForeground3 },
});

/** The 设置 tab: preset, thresholds, and the column mapping; every edit is saved in the workbook. */
export function SettingsTab(props: { settings: SettingsController; gateway: PaneGateway }) {
  const styles = useStyles();
  const tr = useT();
  const lang = useLang();
  const detection = useDetection(props.gateway, lang);
  const { state } = props.settings;
  if (state.status === 'loading') return <Spinner label={tr('ui.settings.loading')} />;
  const { setPolicy, setOverrides } = props.settings;
  return (
    <div className={styles.root}>
      {state.notice !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.status} role="status">
        {state.save.status === 'failed'
          ? tr('ui.settings.saveFailed', { detail: state.save.message })
          : tr(state.save.status === 'pending' ? 'ui.settings.saving' : 'ui.settings.saved')}
      </Caption1>
      <PresetSettings policy={state.policy} onChange={setPolicy} />
      <EligibilitySettings policy={state.policy} onChange={setPolicy} />
      <StructureSettings policy={state.policy} onChange={setPolicy} />
      <MappingSettings
        detection={detection.state}
        onDetect={detection.detect}
        overrides={state.overrides}
        onChange={setOverrides}
      />
    </div>
  );
}
