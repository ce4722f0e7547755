import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { RowRef } from '../../core/cells';
import { useT } from '../i18n/LangContext';
import { IssueList } from './IssueList';
import type { AppraisalController } from './useAppraisal';
import { useAppraisalStyles } from './useAppraisalStyles';

type Props = { controller: AppraisalController; onSelect: (ref: RowRef) => void };

/** A link that opens a sheet the product wrote (selects its first cell). */
function SheetLink(props: { sheet: string; onSelect: (ref: RowRef) => void }) {
  return (
    <Link as="button" onClick={() => props.onSelect({ sheet: props.sheet, row: 1 })}>
      {props.sheet}
    </Link>
  );
}

/** The sheets written, folded away: a generation writes dozens. */
function SheetList(props: { sheets: readonly string[]; onSelect: (ref: RowRef) => void }) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const label = tr('ui.appraisal.sheets', { count: props.sheets.length });
  return (
    <Accordion collapsible>
      <AccordionItem value="sheets">
        <AccordionHeader size="small">{label}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} aria-label={label}>
            {props.sheets.map((sheet) => (
              <li key={sheet} className={styles.item}>
                <SheetLink sheet={sheet} onSelect={props.onSelect} />
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** What the last 生成评分表 or 汇总评分 came to: written sheets, problems by cell, or why not. */
export function AppraisalOutcome({ controller, onSelect }: Props) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const { state } = controller;
  switch (state.status) {
    case 'idle':
    case 'generating':
    case 'collecting':
      return null;
    case 'confirm':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr('ui.appraisal.confirm.title')}</MessageBarTitle>
            {tr('ui.appraisal.confirm.body', { copies: state.copies })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={controller.overwrite}>{tr('ui.appraisal.confirm.overwrite')}</Button>
            <Button appearance="primary" onClick={controller.keep}>
              {tr('ui.appraisal.confirm.keep')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'generated':
      return (
        <div className={styles.section} role="region" aria-label={tr('ui.appraisal.generate')}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {tr('ui.appraisal.generated', {
                forms: state.forms,
                members: state.members,
                summary: state.sheets[0] ?? '',
              })}
            </MessageBarBody>
          </MessageBar>
          {state.warnings.length > 0 && (
            <IssueList
              issues={state.warnings}
              label={tr('ui.appraisal.warnings')}
              onSelect={onSelect}
            />
          )}
          {state.inputIssues > 0 && (
            <Text className={styles.muted}>
              {tr('ui.appraisal.inputIssues', { count: state.inputIssues })}
            </Text>
          )}
          <SheetList sheets={state.sheets} onSelect={onSelect} />
        </div>
      );
    case 'collected': {
      const { summary, issues } = state;
      return (
        <div className={styles.section} role="region" aria-label={tr('ui.appraisal.collect')}>
          <MessageBar intent={issues.length > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              {tr('ui.appraisal.collected', { copies: summary.copies, members: summary.members })}{' '}
              {issues.length > 0
                ? tr('ui.appraisal.collected.issues', {
                    count: issues.length,
                    sheet: summary.issuesSheet ?? '',
                  })
                : tr('ui.appraisal.collected.clean')}
            </MessageBarBody>
          </MessageBar>
          {summary.summarySheet !== undefined && (
            <Text>
              {tr('ui.appraisal.summaryAt', { sheet: summary.summarySheet })}{' '}
              <SheetLink sheet={summary.summarySheet} onSelect={onSelect} />
            </Text>
          )}
          {issues.length > 0 && (
            <IssueList issues={issues} label={tr('ui.appraisal.issues')} onSelect={onSelect} />
          )}
        </div>
      );
    }
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr(`ui.appraisal.failed.${state.action}`)}</MessageBarTitle>
            {state.message}
            {state.issues.length > 0 && (
              <IssueList
                issues={state.issues}
                label={tr('ui.appraisal.issues')}
                onSelect={onSelect}
              />
            )}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
