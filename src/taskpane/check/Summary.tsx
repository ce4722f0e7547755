import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { SummaryCounts } from '../../core/summary';
import { HIGHLIGHT } from '../../core/report/styles';
import { useT } from '../i18n/LangContext';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: tokens.spacingHorizontalS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Painted like the rows in the workbook, so the number and the colour read together.
  painted: { color: '#242424' },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
});

/**
 * The summary tiles (the core summary's counts: the terminal, the JSON and the report show the same
 * numbers); a non-zero count is filled with the colour its rows have in the workbook.
 */
export function Summary(props: { counts: SummaryCounts }) {
  const styles = useStyles();
  const tr = useT();
  const { counts } = props;
  const tiles = [
    { key: 'checked', label: 'ui.summary.checked', value: counts.checked, fill: undefined },
    {
      key: 'ineligible',
      label: 'ui.summary.ineligible',
      value: counts.ineligible,
      fill: HIGHLIGHT.ineligible,
    },
    { key: 'pending', label: 'ui.summary.pending', value: counts.pending, fill: HIGHLIGHT.pending },
    {
      key: 'breaksLimits',
      label: 'summary.breaksLimits',
      value: counts.departmentsBreakingLimits,
      fill: HIGHLIGHT.overLimit,
    },
  ] as const;
  return (
    <div className={styles.grid} role="list" aria-label={tr('ui.summary.title')}>
      {tiles.map((tile) => (
        <div
          key={tile.key}
          role="listitem"
          aria-label={`${tr(tile.label)} ${tile.value}`}
          className={mergeClasses(styles.tile, tile.fill && tile.value > 0 && styles.painted)}
          style={tile.fill && tile.value > 0 ? { backgroundColor: tile.fill } : undefined}
          data-summary={tile.key}
        >
          <Text className={styles.number} weight="semibold">
            {tile.value}
          </Text>
          <Caption1>{tr(tile.label)}</Caption1>
        </div>
      ))}
    </div>
  );
}
