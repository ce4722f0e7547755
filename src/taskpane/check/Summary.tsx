import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../core/result';
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

/** The four numbers a teacher looks at first. */
export interface SummaryCounts {
  readonly checked: number;
  readonly ineligible: number;
  readonly pending: number;
  readonly overLimit: number;
}

/** Counts of a check result: members checked, 不符合条件, 待核实, departments over limit. */
export function summaryCounts(result: CheckResult): SummaryCounts {
  return {
    checked: result.members.length,
    ineligible: result.members.filter((m) => m.status === 'ineligible').length,
    pending: result.members.filter((m) => m.status === 'pending').length,
    overLimit: result.departments.filter((d) => d.overLimit).length,
  };
}

/** The summary tiles; a non-zero count is filled with the colour its rows have in the workbook. */
export function Summary(props: { counts: SummaryCounts }) {
  const styles = useStyles();
  const tr = useT();
  const tiles = [
    { key: 'checked', value: props.counts.checked, fill: undefined },
    { key: 'ineligible', value: props.counts.ineligible, fill: HIGHLIGHT.ineligible },
    { key: 'pending', value: props.counts.pending, fill: HIGHLIGHT.pending },
    { key: 'overLimit', value: props.counts.overLimit, fill: HIGHLIGHT.overLimit },
  ] as const;
  return (
    <div className={styles.grid} role="list" aria-label={tr('ui.summary.title')}>
      {tiles.map((tile) => (
        <div
          key={tile.key}
          role="listitem"
          aria-label={`${tr(`ui.summary.${tile.key}`)} ${tile.value}`}
          className={mergeClasses(styles.tile, tile.fill && tile.value > 0 && styles.painted)}
          style={tile.fill && tile.value > 0 ? { backgroundColor: tile.fill } : undefined}
          data-summary={tile.key}
        >
          <Text className={styles.number} weight="semibold">
            {tile.value}
          </Text>
          <Caption1>{tr(`ui.summary.${tile.key}`)}</Caption1>
        </div>
      ))}
    </div>
  );
}
