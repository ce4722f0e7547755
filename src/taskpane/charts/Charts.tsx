import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import { chartData } from '../../core/report/chartData';
import { politicalLabel, rankLabel } from '../../core/report/chartLabels';
import type { CheckResult } from '../../core/result';
import { useLang, useT } from '../i18n/LangContext';
import { CompositionChart } from './CompositionChart';
import { DepartmentChart } from './DepartmentChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The check's pictures: department sizes against the limits, then 政治面貌 and rank composition. */
export function Charts(props: { result: CheckResult }) {
  const styles = useStyles();
  const tr = useT();
  const lang = useLang();
  const departmentsId = useId();
  const compositionId = useId();
  const data = useMemo(() => chartData(props.result), [props.result]);
  if (data.members === 0) return null;
  const political = data.political.map((s) => ({ ...s, label: politicalLabel(s.key, lang) }));
  const rank = data.rank.map((s) => ({ ...s, label: rankLabel(s.key, data, lang) }));
  return (
    <div className={styles.root}>
      {data.departments.length > 0 && (
        <section className={styles.root} aria-labelledby={departmentsId}>
          <Subtitle2 as="h2" id={departmentsId}>
            {tr('ui.chart.departments')}
          </Subtitle2>
          <DepartmentChart data={data} />
          <Caption1 className={styles.hint}>{tr('ui.chart.departmentsHint')}</Caption1>
        </section>
      )}
      <section className={styles.root} aria-labelledby={compositionId}>
        <Subtitle2 as="h2" id={compositionId}>
          {tr('ui.chart.composition')}
        </Subtitle2>
        <CompositionChart id="political" caption={tr('report.chart.political')} rows={political} />
        <CompositionChart id="rank" caption={tr('report.chart.rank')} rows={rank} />
      </section>
    </div>
  );
}
