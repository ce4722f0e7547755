import { makeStyles, mergeClasses, tokens, Text, Caption1 } from '@fluentui/react-components';
import type { RowRef } from '../../core/cells';
import { memo } from 'react';
import { findingText } from '../../core/report/findingText';
import { useLang, useT } from '../i18n/LangContext';
import type { IndexedFinding } from './groupFindings';
import { locationText, refKey } from './location';
import { SeverityBadge } from './SeverityBadge';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  where: { color: tokens.colorBrandForegroundLink },
});

export interface FindingItemProps {
  readonly item: IndexedFinding;
  /** Selects the finding's row in the sheet; absent = not clickable. */
  readonly onSelect?: (ref: RowRef) => void;
}

/** One finding: rule, what is wrong, the policy text it rests on, and where; click to go there. */
export const FindingItem = memo(function FindingItem({ item, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const lang = useLang();
  const tr = useT();
  const { finding } = item;
  const text = findingText(finding, lang);
  const ref = finding.ref;
  const subject = finding.subject;
  // Rows of imported files are not in the workbook, so there is nothing to select.
  const clickable = ref !== undefined && ref.file === undefined && onSelect !== undefined;
  // Only a finding with a row to go to is a button; the others are plain text.
  const Tag = clickable ? 'button' : 'div';
  return (
    <Tag
      {...(clickable
        ? { type: 'button' as const, title: tr('ui.findings.goto'), onClick: () => onSelect(ref) }
        : {})}
      className={mergeClasses(styles.item, clickable && styles.clickable)}
      data-finding={item.index}
      data-code={finding.code}
      data-severity={finding.severity}
      data-subject={
        subject.kind === 'member'
          ? `member:${subject.studentId}`
          : subject.kind === 'department'
            ? `department:${subject.department}`
            : 'union'
      }
      data-ref={refKey(ref)}
    >
      <span className={styles.head}>
        <SeverityBadge severity={finding.severity} />
        <Text weight="semibold">{text.rule}</Text>
      </span>
      <Text data-role="message">{text.message}</Text>
      {text.sources && (
        <Caption1 className={styles.muted}>
          {tr('ui.findings.source', { source: text.sources })}
        </Caption1>
      )}
      {ref && (
        <Caption1 className={clickable ? styles.where : styles.muted}>
          {clickable
            ? tr('ui.findings.where', { location: locationText(ref, lang) })
            : locationText(ref, lang)}
        </Caption1>
      )}
    </Tag>
  );
});
