import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Looks shared by the pane's charts. Colours are Fluent tokens, so the bars follow Office's light
 * and dark themes. Foreground tokens, not background ones: their text contrast (4.5:1, checked by
 * axe-core in both themes) also gives the bars 3:1 against the pane. Red is the palette's, since the
 * status danger token falls under 4.5:1 on the dark background.
 */
export const useChartStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'auto',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  head: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  limitText: { display: 'block', color: tokens.colorNeutralForeground3 },
  /** Composition tables share one label width, so their bars line up. */
  label: { width: '9em', maxWidth: '9em' },
  name: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingRight: tokens.spacingHorizontalS,
    paddingTop: '2px',
    paddingBottom: '2px',
    verticalAlign: 'middle',
    maxWidth: '7em',
    overflowWrap: 'anywhere',
  },
  cell: { paddingRight: tokens.spacingHorizontalS, verticalAlign: 'middle' },
  barCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  number: { minWidth: '1.5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberOver: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  tag: {
    marginLeft: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  svg: { display: 'block', flexGrow: 1, minWidth: '40px', height: '10px', overflow: 'visible' },
  track: { fill: tokens.colorNeutralBackground3 },
  band: { fill: tokens.colorNeutralStroke2 },
  fill: { fill: tokens.colorBrandForeground1 },
  fillOver: { fill: tokens.colorPaletteRedForeground1 },
  limit: { stroke: tokens.colorNeutralForeground1, strokeWidth: '2px' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
