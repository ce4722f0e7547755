import { mergeClasses, Badge, Caption1, Text } from '@fluentui/react-components';
import { memo, useCallback } from 'react';
import type { RowRef } from '../../core/cells';
import { departmentVerdictKeys } from '../../core/report/departmentSheet';
import { useT } from '../i18n/LangContext';
import { FindingItem } from './FindingItem';
import type { DepartmentGroup } from './groupFindings';
import { PagedGroups } from './PagedGroups';
import { useGroupStyles } from './useGroupStyles';
import type { MessageKey } from '../../core/messages';

// Memoised: a page more must not draw the departments already on screen again.
const DepartmentCard = memo(function DepartmentCard(props: {
  group: DepartmentGroup;
  onSelect: (ref: RowRef) => void;
}) {
  const styles = useGroupStyles();
  const tr = useT();
  const { group } = props;
  const summary = group.summary;
  const over = group.flagged;
  // 不应设置的部门 is its own verdict: such a department breaks no limit.
  const verdict: readonly MessageKey[] = summary
    ? departmentVerdictKeys(summary)
    : [over ? 'summary.dept.breaks' : 'report.dept.ok'];
  const title = group.department ?? tr('subject.union');
  return (
    <section className={styles.group} aria-label={title} data-group={group.key}>
      <div className={styles.header}>
        <Text weight="semibold" size={400}>
          {title}
        </Text>
        <Caption1 className={mergeClasses(styles.muted, styles.grow)}>
          {summary &&
            tr('ui.findings.deptCounts', {
              heads: summary.heads,
              staff: summary.staff,
            })}
        </Caption1>
        {group.department !== undefined && (
          <Badge appearance="filled" shape="rounded" color={over ? 'severe' : 'success'}>
            {verdict.map((key) => tr(key)).join('；')}
          </Badge>
        )}
      </div>
      {group.findings.length > 0 && (
        <div className={styles.items}>
          {group.findings.map((item) => (
            <FindingItem key={item.index} item={item} onSelect={props.onSelect} />
          ))}
        </div>
      )}
    </section>
  );
});

/** The union-wide findings, then each department with its counts and findings. */
export function DepartmentFindings(props: {
  groups: readonly DepartmentGroup[];
  onSelect: (ref: RowRef) => void;
}) {
  const tr = useT();
  const { onSelect } = props;
  const render = useCallback(
    (group: DepartmentGroup) => <DepartmentCard group={group} onSelect={onSelect} />,
    [onSelect],
  );
  if (props.groups.length === 0) return <Text>{tr('ui.findings.noDepartment')}</Text>;
  return <PagedGroups groups={props.groups} renderGroup={render} />;
}
