import { mergeClasses } from '@fluentui/react-components';
import { percentText } from '../../core/report/chartLabels';
import { useT } from '../i18n/LangContext';
import { Bar } from './Bar';
import { useChartStyles } from './useChartStyles';

/** One row of a composition: its label, how many members, and their share (0..1). */
export interface CompositionRow {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly share: number;
}

/** A composition (政治面貌, rank bands) as bars of each group's share of all members, with the numbers beside. */
export function CompositionChart(props: {
  caption: string;
  rows: readonly CompositionRow[];
  id: string;
}) {
  const styles = useChartStyles();
  const tr = useT();
  return (
    <table className={styles.table} data-chart={props.id}>
      <caption className={styles.caption}>{props.caption}</caption>
      <thead className={styles.hidden}>
        <tr>
          <th scope="col">{props.caption}</th>
          <th scope="col">{tr('report.chart.count')}</th>
          <th scope="col">{tr('report.chart.share')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key} data-slice={r.key}>
            <th scope="row" className={mergeClasses(styles.name, styles.label)}>
              {r.label}
            </th>
            <td className={styles.cell}>
              <div className={styles.barCell}>
                <Bar value={r.share} scale={1} />
                <span className={styles.number}>{tr('ui.chart.count', { count: r.count })}</span>
              </div>
            </td>
            <td className={styles.number}>{percentText(r.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
