import type { Theme } from '@fluentui/react-components';
import type { Lang } from '../core/messages';
import { AppraisalTab } from './appraisal/AppraisalTab';
import type { AppraisalGateway } from './appraisal/useAppraisal';
import { CheckTab } from './check/CheckTab';
import type { PaneGateway } from './gateway';
import { useT } from './i18n/LangContext';
import type { ImportReader } from './importer/types';
import { SettingsTab } from './settings/SettingsTab';
import { useSettings } from './settings/useSettings';
import { HostFrame } from './shell/HostFrame';
import { TabbedShell, type ShellTab } from './shell/TabbedShell';

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
  const tr = useT();
  const settings = useSettings(props.gateway, props.lang);
  const ready = settings.state.status === 'ready' ? settings.state : undefined;
  const appraisal = withAppraisal(props.gateway);
  const tabs: ShellTab<PaneTab>[] = [
    {
      value: 'check',
      label: tr('ui.tab.check'),
      mount: 'kept',
      panel: (
        <CheckTab
          gateway={props.gateway}
          reader={props.reader}
          policy={ready?.policy}
          overrides={ready?.overrides ?? []}
        />
      ),
    },
    // The appraisal tab mounts on its first visit (its settings load then), and stays mounted.
    ...(appraisal
      ? [
          {
            value: 'appraisal' as const,
            label: tr('ui.appraisal.tab'),
            mount: 'firstVisit' as const,
            panel: (
              <AppraisalTab
                gateway={appraisal}
                policy={ready?.policy}
                overrides={ready?.overrides ?? []}
              />
            ),
          },
        ]
      : []),
    {
      value: 'settings',
      label: tr('ui.tab.settings'),
      mount: 'whileShown',
      panel: <SettingsTab settings={settings} gateway={props.gateway} />,
    },
  ];
  return <TabbedShell tabs={tabs} />;
}

/** The whole task pane: theme, language, and the tabs. */
export function App(props: AppProps) {
  return (
    <HostFrame theme={props.theme} lang={props.lang}>
      <Shell gateway={props.gateway} reader={props.reader} lang={props.lang} />
    </HostFrame>
  );
}
