import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Title3,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/messages';
import { AppraisalTab } from './appraisal/AppraisalTab';
import type { AppraisalGateway } from './appraisal/useAppraisal';
import { CheckTab } from './check/CheckTab';
import type { PaneGateway } from './gateway';
import { LangProvider, useT } from './i18n/LangContext';
import type { ImportReader } from './importer/types';
import { SettingsTab } from './settings/SettingsTab';
import { useSettings } from './settings/useSettings';
import { colorScheme } from './theme/pickTheme';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  shell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
  },
});

/** The tabs of the pane. */
export type PaneTab = 'check' | 'appraisal' | 'settings';

/** Whether the gateway can run the appraisal (the Excel gateway can; older test doubles cannot). */
function withAppraisal(gateway: PaneGateway): (PaneGateway & AppraisalGateway) | undefined {
  return typeof gateway.appraisal === 'function' && typeof gateway.collectAppraisal === 'function'
    ? (gateway as PaneGateway & AppraisalGateway)
    : undefined;
}

export interface AppProps {
  readonly gateway: PaneGateway;
  readonly reader: ImportReader;
  readonly lang: Lang;
  readonly theme: Theme;
}

function Shell(props: Pick<AppProps, 'gateway' | 'reader' | 'lang'>) {
  const styles = useStyles();
  const tr = useT();
  const [tab, setTab] = useState<PaneTab>('check');
  // The appraisal tab mounts on its first visit (its settings load then), and stays mounted.
  const [appraisalOpened, setAppraisalOpened] = useState(false);
  const settings = useSettings(props.gateway, props.lang);
  const ready = settings.state.status === 'ready' ? settings.state : undefined;
  const appraisal = withAppraisal(props.gateway);
  const select = (value: PaneTab) => {
    if (value === 'appraisal') setAppraisalOpened(true);
    setTab(value);
  };
  return (
    <main className={styles.shell}>
      <Title3 as="h1">{tr('ui.app.title')}</Title3>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => select(data.value as PaneTab)}
        aria-label={tr('ui.a11y.sections')}
      >
        <Tab value="check">{tr('ui.tab.check')}</Tab>
        {appraisal && <Tab value="appraisal">{tr('ui.appraisal.tab')}</Tab>}
        <Tab value="settings">{tr('ui.tab.settings')}</Tab>
      </TabList>
      {/* Both stay mounted so a running check keeps its progress while the teacher looks at settings. */}
      <div hidden={tab !== 'check'} role="tabpanel" aria-label={tr('ui.tab.check')}>
        <CheckTab
          gateway={props.gateway}
          reader={props.reader}
          policy={ready?.policy}
          overrides={ready?.overrides ?? []}
        />
      </div>
      {appraisal && appraisalOpened && (
        <div hidden={tab !== 'appraisal'} role="tabpanel" aria-label={tr('ui.appraisal.tab')}>
          <AppraisalTab
            gateway={appraisal}
            policy={ready?.policy}
            overrides={ready?.overrides ?? []}
          />
        </div>
      )}
      {tab === 'settings' && (
        <div role="tabpanel" aria-label={tr('ui.tab.settings')}>
          <SettingsTab settings={settings} gateway={props.gateway} />
        </div>
      )}
    </main>
  );
}

/** The whole task pane: theme (native controls included), language, and the tabs. */
export function App(props: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={props.theme}
      className={styles.provider}
      style={{ colorScheme: colorScheme(props.theme) }}
    >
      <LangProvider lang={props.lang}>
        <Shell gateway={props.gateway} reader={props.reader} lang={props.lang} />
      </LangProvider>
    </FluentProvider>
  );
}
