import type { CellStyle } from './sheetModel';

/** Fill and font per style, shared by every writer and by the pane's legend. Colours are #RRGGBB. */
export interface StyleSpec {
  readonly fill?: string | undefined;
  readonly font?: string | undefined;
  readonly bold?: boolean | undefined;
  readonly size?: number | undefined;
}

export const STYLE_SPECS: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 16 },
  subtitle: { bold: true, size: 12 },
  header: { fill: '#DDEBF7', bold: true },
  label: { bold: true },
  violation: { fill: '#F8CBAD', font: '#9C0006' },
  pending: { fill: '#FFEB9C', font: '#7F6000' },
  info: { fill: '#E2EFDA' },
  ok: { fill: '#C6EFCE', font: '#006100' },
  over: { fill: '#D9D2E9', font: '#3F1F74' },
  input: { fill: '#FFFFFF' },
  suggested: { fill: '#FFF2CC', font: '#7F6000' },
  signature: {},
};

/** The three highlight colours the product paints into a teacher's roster (and shows in a legend). */
export const HIGHLIGHT = {
  ineligible: STYLE_SPECS.violation.fill!,
  pending: STYLE_SPECS.pending.fill!,
  overLimit: STYLE_SPECS.over.fill!,
} as const;
