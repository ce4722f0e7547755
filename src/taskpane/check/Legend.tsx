import { Caption1, Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { HIGHLIGHT } from '../../core/report/styles';
import { useT } from '../i18n/LangContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  label: { flexBasis: '100%' },
  entry: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: {
    width: '14px',
    height: '14px',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    flexShrink: 0,
  },
});

const ENTRIES = [
  { key: 'ui.legend.ineligible', colour: HIGHLIGHT.ineligible },
  { key: 'ui.legend.pending', colour: HIGHLIGHT.pending },
  // Too few heads paints the department too: the label says 人数不符合规定, not 超编.
  { key: 'summary.legend.breaksLimits', colour: HIGHLIGHT.overLimit },
] as const;

/** What each highlight colour in the workbook means (colours from report/styles.ts). */
export function Legend() {
  const styles = useStyles();
  const tr = useT();
  return (
    <ul className={styles.root} aria-label={tr('ui.legend.title')}>
      <li className={styles.label}>
        <Caption1Strong>{tr('ui.legend.label')}</Caption1Strong>
      </li>
      {ENTRIES.map((entry) => (
        <li key={entry.key} className={styles.entry}>
          <span
            className={styles.swatch}
            style={{ backgroundColor: entry.colour }}
            data-colour={entry.colour}
            aria-hidden
          />
          <Caption1>{tr(entry.key)}</Caption1>
        </li>
      ))}
    </ul>
  );
}
