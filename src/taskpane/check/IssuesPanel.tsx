import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding, SkippedRule } from '../../core/findings';
import type { MemberRecord } from '../../core/records';
import { findingText } from '../../core/report/findingText';
import { locationText } from '../findings/location';
import { useLang, useT } from '../i18n/LangContext';
import type { Issue } from '../../core/issue';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** An input issue's message, with its sheet and row when it has one. */
export function IssueLine(props: { issue: Issue }) {
  const styles = useStyles();
  const lang = useLang();
  const tr = useT();
  const { issue } = props;
  return (
    <li className={styles.item}>
      {tr(issue.messageKey, issue.params)}
      {issue.ref && (
        <Caption1 className={styles.muted}> （{locationText(issue.ref, lang)}）</Caption1>
      )}
    </li>
  );
}

/** A note about a member who is not a problem (a freshman's exemption): one entry per member. */
export interface MemberNote {
  readonly index: number;
  readonly finding: Finding;
  readonly member?: MemberRecord | undefined;
}

/** Notes on members, data notes (warnings about the input) and rules that could not run, folded away. */
export function IssuesPanel(props: {
  issues: readonly Issue[];
  skipped: readonly SkippedRule[];
  notes?: readonly MemberNote[];
}) {
  const styles = useStyles();
  const tr = useT();
  const lang = useLang();
  const notes = props.notes ?? [];
  if (props.issues.length === 0 && props.skipped.length === 0 && notes.length === 0) return null;
  return (
    <Accordion collapsible multiple>
      {notes.length > 0 && (
        <AccordionItem value="notes">
          <AccordionHeader size="small">
            {tr('summary.notes')}（{notes.length}）
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {notes.map(({ index, finding, member }) => {
                const text = findingText(finding, lang, member);
                return (
                  <li key={index} className={styles.item} data-finding-index={index}>
                    {text.name}（{text.studentId}）{text.rule}：{text.message}
                  </li>
                );
              })}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      )}
      {props.skipped.length > 0 && (
        <AccordionItem value="skipped">
          <AccordionHeader size="small">
            {tr('ui.skipped.title', { count: props.skipped.length })}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {props.skipped.map((rule) => (
                <li key={rule.code} className={styles.item}>
                  {tr(`rule.${rule.code}.title`)}：{tr(rule.messageKey, rule.params ?? {})}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      )}
      {props.issues.length > 0 && (
        <AccordionItem value="issues">
          <AccordionHeader size="small">
            {tr('ui.issues.title', { count: props.issues.length })}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {props.issues.map((issue, i) => (
                <IssueLine key={i} issue={issue} />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      )}
    </Accordion>
  );
}
