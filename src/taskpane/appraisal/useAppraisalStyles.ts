import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the 考核评议 tab's parts. */
export const useAppraisalStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
  },
  triple: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  // Narrow pane: the name takes the room, numbers stay small.
  nameCell: { width: '55%' },
  numberCell: { width: '20%' },
  actionCell: { width: '10%' },
  cellInput: { minWidth: 0, width: '100%' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  primary: { flexGrow: 1 },
});
