import { mergeClasses } from '@fluentui/react-components';
import { useChartStyles } from './useChartStyles';

/** One horizontal bar on a 0..scale axis, drawn in SVG (no chart library). */
export interface BarProps {
  readonly value: number;
  /** The value of a full-width bar; larger values are drawn full. */
  readonly scale: number;
  /** `over`: the value breaks its rule, drawn in the warning colour. @default 'normal' */
  readonly tone?: 'normal' | 'over';
  /** Where the limit line stands. */
  readonly limit?: number;
  /** The allowed range, shaded behind the bar (e.g. 2 to 3 heads). */
  readonly band?: { readonly from: number; readonly to: number };
}

/** Percent of the axis a value reaches, clamped to 0..100. */
export function barPercent(value: number, scale: number): number {
  if (scale <= 0) return 0;
  return Math.max(0, Math.min(100, (value / scale) * 100));
}

/** A decorative bar: the numbers next to it carry the meaning for screen readers. */
export function Bar(props: BarProps) {
  const styles = useChartStyles();
  const x = (v: number) => barPercent(v, props.scale);
  const over = props.tone === 'over';
  return (
    <svg
      className={styles.svg}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className={styles.track} x={0} y={1} width={100} height={8} />
      {props.band && (
        <rect
          className={styles.band}
          data-band={`${props.band.from}-${props.band.to}`}
          x={x(props.band.from)}
          y={0}
          width={x(props.band.to) - x(props.band.from)}
          height={10}
        />
      )}
      <rect
        className={mergeClasses(styles.fill, over && styles.fillOver)}
        data-bar={props.value}
        data-tone={over ? 'over' : 'normal'}
        x={0}
        y={2}
        width={x(props.value)}
        height={6}
      />
      {props.limit !== undefined && (
        <line
          className={styles.limit}
          data-limit={props.limit}
          x1={x(props.limit)}
          x2={x(props.limit)}
          y1={-1}
          y2={11}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
