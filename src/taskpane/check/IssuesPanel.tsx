import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { InputIssue, SkippedRule } from '../../core/findings';
import { locationText } from '../findings/location';
import { useLang, useT } from '../i18n/LangContext';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** An input issue's message, with its sheet and row when it has one. */
export function IssueLine(props: { issue: InputIssue }) {
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

/** Data notes (warnings about the input) and rules that could not run, folded away. */
export function IssuesPanel(props: {
  issues: readonly InputIssue[];
  skipped: readonly SkippedRule[];
}) {
  const styles = useStyles();
  const tr = useT();
  if (props.issues.length === 0 && props.skipped.length === 0) return null;
  return (
    <Accordion collapsible multiple>
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
