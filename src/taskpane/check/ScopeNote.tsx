import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { otherLevelText, windowLines, type CheckSummary } from '../../core/summary';
import { useLang } from '../i18n/LangContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', color: tokens.colorNeutralForeground2 },
});

/**
 * What the check covered: the terms each rule's window used and where to change it (设置), and the
 * roster rows of the other union level left out, with why.
 */
export function ScopeNote(props: { summary: CheckSummary }) {
  const styles = useStyles();
  const lang = useLang();
  const lines = [
    ...windowLines(props.summary.windows, lang, 'pane'),
    ...[otherLevelText(props.summary.otherLevel, lang)].filter((s): s is string => !!s),
  ];
  if (lines.length === 0) return null;
  return (
    <div className={styles.root} data-scope>
      {lines.map((line) => (
        <Caption1 key={line}>{line}</Caption1>
      ))}
    </div>
  );
}
