import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { RowRef } from '../../core/cells';
import type { CheckResult } from '../../core/result';
import type { CheckSummary } from '../../core/summary';
import { useT } from '../i18n/LangContext';
import { DepartmentFindings } from './DepartmentFindings';
import { groupByDepartment, groupByMember } from './groupFindings';
import { MemberFindings } from './MemberFindings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type View = 'member' | 'department';

/** The findings, by member or by department (a switch above the list). */
export function FindingsPanel(props: {
  result: CheckResult;
  summary: CheckSummary;
  onSelect: (ref: RowRef) => void;
}) {
  const styles = useStyles();
  const tr = useT();
  const [view, setView] = useState<View>('member');
  const { result, summary } = props;
  const members = useMemo(() => groupByMember(result, summary), [result, summary]);
  const departments = useMemo(() => groupByDepartment(result, summary), [result, summary]);
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
        aria-label={tr('ui.findings.title')}
      >
        <Tab value="member">{tr('ui.findings.byMember', { count: members.length })}</Tab>
        <Tab value="department">
          {tr('ui.findings.byDepartment', { count: departments.length })}
        </Tab>
      </TabList>
      {view === 'member' ? (
        <MemberFindings groups={members} onSelect={props.onSelect} />
      ) : (
        <DepartmentFindings groups={departments} onSelect={props.onSelect} />
      )}
    </div>
  );
}
