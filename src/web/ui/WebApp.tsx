import {
  Caption1,
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Title3,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/messages';
import { useCheck } from '../../taskpane/check/useCheck';
import { LangProvider, useT } from '../../taskpane/i18n/LangContext';
import { useSettings } from '../../taskpane/settings/useSettings';
import { colorScheme } from '../../taskpane/theme/pickTheme';
import { createPageGateway } from '../pageGateway';
import type { SettingsStorage } from '../settingsStore';
import { PAGE_WORDING } from '../wording';
import { AppraisalPanel } from './AppraisalPanel';
import { CheckPanel } from './CheckPanel';
import { SettingsPanel } from './SettingsPanel';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  shell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '880px',
    margin: '0 auto',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type PageTab = 'check' | 'appraisal' | 'settings';

function Shell(props: { lang: Lang; storage: SettingsStorage }) {
  const styles = useStyles();
  const tr = useT();
  const [tab, setTab] = useState<PageTab>('check');
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
  return (
    <main className={styles.shell}>
      <Title3 as="h1">{tr('ui.app.title')}</Title3>
      <Caption1 className={styles.muted}>{tr('web.offline')}</Caption1>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as PageTab)}
        aria-label={tr('ui.a11y.sections')}
      >
        <Tab value="check">{tr('ui.tab.check')}</Tab>
        <Tab value="appraisal">{tr('ui.appraisal.tab')}</Tab>
        <Tab value="settings">{tr('ui.tab.settings')}</Tab>
      </TabList>
      {/* All stay mounted: a running check keeps its progress while the teacher looks elsewhere. */}
      <div hidden={tab !== 'check'} role="tabpanel" aria-label={tr('ui.tab.check')}>
        <CheckPanel
          check={check}
          files={files}
          onFiles={setFiles}
          policy={ready?.policy}
          overrides={ready?.overrides ?? []}
          report={gateway.report}
        />
      </div>
      <div hidden={tab !== 'appraisal'} role="tabpanel" aria-label={tr('ui.appraisal.tab')}>
        <AppraisalPanel
          gateway={gateway}
          files={files}
          policy={ready?.policy}
          overrides={ready?.overrides ?? []}
        />
      </div>
      {tab === 'settings' && (
        <div role="tabpanel" aria-label={tr('ui.tab.settings')}>
          <SettingsPanel settings={settings} gateway={gateway} />
        </div>
      )}
    </main>
  );
}

export interface WebAppProps {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly storage: SettingsStorage;
}

/** The whole page: theme, language (with the page's own wording), and the tabs. */
export function WebApp(props: WebAppProps) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={props.theme}
      className={styles.provider}
      style={{ colorScheme: colorScheme(props.theme) }}
    >
      <LangProvider lang={props.lang} wording={PAGE_WORDING}>
        <Shell lang={props.lang} storage={props.storage} />
      </LangProvider>
    </FluentProvider>
  );
}
