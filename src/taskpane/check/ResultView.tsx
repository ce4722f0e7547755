import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { RowRef } from '../../core/cells';
import type { CheckResult } from '../../core/result';
import { summarize } from '../../core/summary';
import { Charts } from '../charts/Charts';
import { FindingsPanel } from '../findings/FindingsPanel';
import { useT } from '../i18n/LangContext';
import { IssuesPanel } from './IssuesPanel';
import { Legend } from './Legend';
import { ScopeNote } from './ScopeNote';
import { Summary } from './Summary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** A finished check: report notice, summary, colour legend, charts, findings, data notes. */
export function ResultView(props: {
  result: CheckResult;
  reportSheet?: string;
  onSelect: (ref: RowRef) => void;
}) {
  const styles = useStyles();
  const tr = useT();
  const summary = useMemo(() => summarize(props.result), [props.result]);
  const allClear = summary.counts.findings === 0;
  const { reportSheet, onSelect } = props;
  return (
    <div className={styles.root}>
      {reportSheet !== undefined && (
        <MessageBar intent="success">
          <MessageBarBody>
            {tr('ui.report.written', { sheet: reportSheet })}{' '}
            <Link as="button" onClick={() => onSelect({ sheet: reportSheet, row: 1 })}>
              {tr('ui.report.open')}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <Summary counts={summary.counts} />
      <ScopeNote summary={summary} />
      <Legend />
      <Charts result={props.result} />
      {allClear ? (
        <MessageBar intent="success">
          <MessageBarBody>{tr('ui.summary.allClear')}</MessageBarBody>
        </MessageBar>
      ) : (
        <section aria-label={tr('ui.findings.title')}>
          <Subtitle2 as="h2">{tr('ui.findings.title')}</Subtitle2>
          <FindingsPanel result={props.result} summary={summary} onSelect={onSelect} />
        </section>
      )}
      <IssuesPanel
        issues={props.result.issues}
        skipped={summary.notChecked}
        notes={summary.notedMembers.flatMap((m) =>
          m.notes.flatMap((i) => {
            const finding = props.result.findings[i];
            return finding ? [{ index: i, finding, member: m.member }] : [];
          }),
        )}
      />
    </div>
  );
}
