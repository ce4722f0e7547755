import { mergeClasses } from '@fluentui/react-components';
import type { ChartData } from '../../core/report/chartData';
import { headsAllowed, staffAllowed } from '../../core/report/chartLabels';
import { useLang, useT } from '../i18n/LangContext';
import { Bar } from './Bar';
import { useChartStyles } from './useChartStyles';

function Count(props: { value: number; over: boolean }) {
  const styles = useChartStyles();
  const tr = useT();
  return (
    <span className={mergeClasses(styles.number, props.over && styles.numberOver)}>
      {props.value}
      {props.over && <span className={styles.hidden}>（{tr('ui.chart.breaks')}）</span>}
    </span>
  );
}

/**
 * Each department's 负责人 and other staff as bars against the limits: a line at the limit, the
 * allowed range of heads shaded, a count that breaks its rule in the warning colour. A table, so a
 * screen reader reads department, heads and staff cell by cell.
 */
export function DepartmentChart(props: { data: ChartData }) {
  const styles = useChartStyles();
  const tr = useT();
  const lang = useLang();
  const { departments, headsScale, staffScale } = props.data;
  // The limits are the policy's, the same for every department.
  const first = departments[0];
  const staffMax = first?.staffMax;
  const band =
    first?.headsMin !== undefined || first?.headsMax !== undefined
      ? { from: first.headsMin ?? 0, to: first.headsMax ?? headsScale }
      : undefined;
  return (
    <table className={styles.table} data-chart="departments">
      <caption className={styles.hidden}>{tr('ui.chart.departments')}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>
            {tr('report.col.department')}
          </th>
          <th scope="col" className={styles.head}>
            {tr('report.col.heads')}
            <span className={styles.limitText}>{headsAllowed(first, lang)}</span>
          </th>
          <th scope="col" className={styles.head}>
            {tr('report.col.staff')}
            <span className={styles.limitText}>{staffAllowed(staffMax, lang)}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {departments.map((d) => (
          <tr key={d.name} data-department={d.name} data-over={d.breaksLimits}>
            <th scope="row" className={styles.name}>
              {d.name}
              {d.notSetUp && <span className={styles.tag}>{tr('report.dept.notSetUp')}</span>}
              {d.breaksLimits && <span className={styles.tag}>{tr('summary.dept.breaks')}</span>}
            </th>
            <td className={styles.cell}>
              <div className={styles.barCell} data-series="heads">
                <Bar
                  value={d.heads}
                  scale={headsScale}
                  tone={d.headsOff ? 'over' : 'normal'}
                  {...(d.headsMax !== undefined ? { limit: d.headsMax } : {})}
                  {...(band ? { band } : {})}
                />
                <Count value={d.heads} over={d.headsOff} />
              </div>
            </td>
            <td className={styles.cell}>
              <div className={styles.barCell} data-series="staff">
                <Bar
                  value={d.staff}
                  scale={staffScale}
                  tone={d.staffOver ? 'over' : 'normal'}
                  {...(d.staffMax !== undefined ? { limit: d.staffMax } : {})}
                />
                <Count value={d.staff} over={d.staffOver} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
