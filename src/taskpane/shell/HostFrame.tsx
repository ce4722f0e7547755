import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../core/messages';
import { LangProvider, type Wording } from '../i18n/LangContext';
import { colorScheme } from '../theme/pickTheme';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
});

export interface HostFrameProps {
  readonly theme: Theme;
  readonly lang: Lang;
  /** A host's own words for a few messages (the page says 文件 where the pane says 工作簿). */
  readonly wording?: Wording;
  readonly children: ReactNode;
}

/** Theme (native controls included) and language around every host's UI: pane, page and WPS. */
export function HostFrame(props: HostFrameProps) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={props.theme}
      className={styles.provider}
      style={{ colorScheme: colorScheme(props.theme) }}
    >
      <LangProvider lang={props.lang} {...(props.wording ? { wording: props.wording } : {})}>
        {props.children}
      </LangProvider>
    </FluentProvider>
  );
}
