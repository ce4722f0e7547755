import { mergeClasses, Caption1, Text } from '@fluentui/react-components';
import { memo, useCallback } from 'react';
import type { RowRef } from '../../core/cells';
import { useT } from '../i18n/LangContext';
import { FindingItem } from './FindingItem';
import type { MemberGroup } from './groupFindings';
import { PagedGroups } from './PagedGroups';
import { StatusBadge } from './SeverityBadge';
import { useGroupStyles } from './useGroupStyles';

// Memoised: a page more must not draw the members already on screen again.
const MemberCard = memo(function MemberCard(props: {
  group: MemberGroup;
  onSelect: (ref: RowRef) => void;
}) {
  const styles = useGroupStyles();
  const tr = useT();
  const { group } = props;
  const role = [group.member?.department, group.member?.title].filter(Boolean).join(' · ');
  const studentId = tr('ui.findings.studentId', { studentId: group.studentId });
  // With the student ID: two members of a 2,000-strong union may share a name.
  const label = `${group.name} ${studentId}`;
  return (
    <section className={styles.group} aria-label={label} data-group={group.key}>
      <div className={styles.header}>
        <Text weight="semibold" size={400}>
          {group.name}
        </Text>
        <Caption1 className={mergeClasses(styles.muted, styles.grow)}>
          {studentId}
          {role && ` · ${role}`}
        </Caption1>
        <StatusBadge status={group.status} />
      </div>
      <div className={styles.items}>
        {group.findings.map((item) => (
          <FindingItem key={item.index} item={item} onSelect={props.onSelect} />
        ))}
      </div>
    </section>
  );
});

/** Findings grouped by member, worst first. */
export function MemberFindings(props: {
  groups: readonly MemberGroup[];
  onSelect: (ref: RowRef) => void;
}) {
  const tr = useT();
  const { onSelect } = props;
  const render = useCallback(
    (group: MemberGroup) => <MemberCard group={group} onSelect={onSelect} />,
    [onSelect],
  );
  if (props.groups.length === 0) return <Text>{tr('ui.findings.noMember')}</Text>;
  return <PagedGroups groups={props.groups} renderGroup={render} />;
}
