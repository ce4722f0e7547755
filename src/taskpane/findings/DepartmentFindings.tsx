import { mergeClasses, Badge, Caption1, Text } from '@fluentui/react-components';
import type { RowRef } from '../../core/cells';
import { useT } from '../i18n/LangContext';
import { FindingItem } from './FindingItem';
import type { DepartmentGroup } from './groupFindings';
import { useFindingsNavigation } from './useFindingsNavigation';
import { useGroupStyles } from './useGroupStyles';

function DepartmentCard(props: { group: DepartmentGroup; onSelect: (ref: RowRef) => void }) {
  const styles = useGroupStyles();
  const tr = useT();
  const { group } = props;
  const summary = group.summary;
  const over = summary?.overLimit === true || group.findings.length > 0;
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
            {tr(over ? 'report.dept.over' : 'report.dept.ok')}
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
}

/** The union-wide findings, then each department with its counts and findings. */
export function DepartmentFindings(props: {
  groups: readonly DepartmentGroup[];
  onSelect: (ref: RowRef) => void;
}) {
  const styles = useGroupStyles();
  const tr = useT();
  const navigation = useFindingsNavigation();
  if (props.groups.length === 0) return <Text>{tr('ui.findings.noDepartment')}</Text>;
  return (
    <div className={styles.list} {...navigation}>
      {props.groups.map((group) => (
        <DepartmentCard key={group.key} group={group} onSelect={props.onSelect} />
      ))}
    </div>
  );
}
