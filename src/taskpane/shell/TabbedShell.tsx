import { makeStyles, mergeClasses, Tab, TabList, Title3, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/LangContext';

const useStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
  },
  wide: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '880px',
    margin: '0 auto',
  },
});

/** One tab of a host's UI. */
export interface ShellTab<K extends string> {
  readonly value: K;
  readonly label: string;
  readonly panel: ReactNode;
  /**
   * `kept`: mounted from the start and hidden when another tab shows (a running check keeps its
   * progress); `firstVisit`: mounted on its first visit, then kept; `whileShown`: only while shown.
   */
  readonly mount: 'kept' | 'firstVisit' | 'whileShown';
}

export interface TabbedShellProps<K extends string> {
  readonly tabs: readonly ShellTab<K>[];
  /** Under the title: a line about the host (the page says it works offline). */
  readonly caption?: ReactNode;
  /** A page has the whole window; a pane is narrow. */
  readonly wide?: boolean;
}

/** The title, the tab list and the panels: the same layout and accessibility names in every host. */
export function TabbedShell<K extends string>(props: TabbedShellProps<K>) {
  const styles = useStyles();
  const tr = useT();
  const first = props.tabs[0]?.value;
  const [tab, setTab] = useState<K | undefined>(first);
  const [visited, setVisited] = useState<ReadonlySet<K>>(() => new Set(first ? [first] : []));
  const select = (value: K) => {
    setVisited((v) => (v.has(value) ? v : new Set([...v, value])));
    setTab(value);
  };
  return (
    <main className={mergeClasses(styles.shell, props.wide === true && styles.wide)}>
      <Title3 as="h1">{tr('ui.app.title')}</Title3>
      {props.caption}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => select(data.value as K)}
        aria-label={tr('ui.a11y.sections')}
      >
        {props.tabs.map((t) => (
          <Tab key={t.value} value={t.value}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {props.tabs.map((t) => {
        const shown = tab === t.value;
        if (t.mount === 'whileShown' && !shown) return null;
        if (t.mount === 'firstVisit' && !visited.has(t.value)) return null;
        return (
          <div key={t.value} hidden={!shown} role="tabpanel" aria-label={t.label}>
            {t.panel}
          </div>
        );
      })}
    </main>
  );
}
