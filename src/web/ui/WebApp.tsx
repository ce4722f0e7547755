import { Caption1, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/messages';
import { useCheck } from '../../taskpane/check/useCheck';
import { useT } from '../../taskpane/i18n/LangContext';
import { useSettings } from '../../taskpane/settings/useSettings';
import { HostFrame } from '../../taskpane/shell/HostFrame';
import { TabbedShell, type ShellTab } from '../../taskpane/shell/TabbedShell';
import { createPageGateway } from '../pageGateway';
import type { SettingsStorage } from '../settingsStore';
import { PAGE_WORDING } from '../wording';
import { AppraisalPanel } from './AppraisalPanel';
import { CheckPanel } from './CheckPanel';
import { SettingsPanel } from './SettingsPanel';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

type PageTab = 'check' | 'appraisal' | 'settings';

function Shell(props: { lang: Lang; storage: SettingsStorage }) {
  const styles = useStyles();
  const tr = useT();
  const [files, setFiles] = useState<File[]>([]);
  // The gateway reads the current files when a job starts; a ref keeps it stable across picks.
  const current = useRef<readonly File[]>(files);
  current.current = files;
  const gateway = useMemo(
    () => createPageGateway(props.storage, () => current.current),
    [props.storage],
  );
  const settings = useSettings(gateway, props.lang);
  const check = useCheck(gateway, props.lang);
  const ready = settings.state.status === 'ready' ? settings.state : undefined;
  const tabs: ShellTab<PageTab>[] = [
    {
      value: 'check',
      label: tr('ui.tab.check'),
      mount: 'kept',
      panel: (
        <CheckPanel
          check={check}
          files={files}
          onFiles={setFiles}
          policy={ready?.policy}
          overrides={ready?.overrides ?? []}
          report={gateway.report}
        />
      ),
    },
    {
      value: 'appraisal',
      label: tr('ui.appraisal.tab'),
      mount: 'kept',
      panel: (
        <AppraisalPanel
          gateway={gateway}
          files={files}
          policy={ready?.policy}
          overrides={ready?.overrides ?? []}
        />
      ),
    },
    {
      value: 'settings',
      label: tr('ui.tab.settings'),
      mount: 'whileShown',
      panel: <SettingsPanel settings={settings} gateway={gateway} />,
    },
  ];
  return (
    <TabbedShell
      tabs={tabs}
      wide
      caption={<Caption1 className={styles.muted}>{tr('web.offline')}</Caption1>}
    />
  );
}

export interface WebAppProps {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly storage: SettingsStorage;
}

/** The whole page: theme, language (with the page's own wording), and the tabs. */
export function WebApp(props: WebAppProps) {
  return (
    <HostFrame theme={props.theme} lang={props.lang} wording={PAGE_WORDING}>
      <Shell lang={props.lang} storage={props.storage} />
    </HostFrame>
  );
}
