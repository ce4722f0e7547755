import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { MappingOverride } from '../../core/discovery/types';
import type { Policy } from '../../core/policy/types';
import { GroupsEditor } from '../../taskpane/appraisal/GroupsEditor';
import { IssueList } from '../../taskpane/appraisal/IssueList';
import { ScoringSection } from '../../taskpane/appraisal/ScoringSection';
import { TemplateSection } from '../../taskpane/appraisal/TemplateSection';
import { useAppraisalSettings } from '../../taskpane/appraisal/useAppraisalSettings';
import { useAppraisalStyles } from '../../taskpane/appraisal/useAppraisalStyles';
import { WhoSection } from '../../taskpane/appraisal/WhoSection';
import { ProgressPanel } from '../../taskpane/check/ProgressPanel';
import type { PaneGateway } from '../../taskpane/gateway';
import { useLang, useT } from '../../taskpane/i18n/LangContext';
import { FilePicker } from './FilePicker';
import { useWebAppraisal } from './useWebAppraisal';

export interface AppraisalPanelProps {
  /** Settings storage only (the page's gateway). */
  readonly gateway: PaneGateway;
  /** The files picked on the 检查 tab: the roster the forms are made from. */
  readonly files: readonly File[];
  readonly policy: Policy | undefined;
  readonly overrides: readonly MappingOverride[];
}

/** The page's 考核评议 tab: the pane's appraisal choices, 生成评分表 and 汇总 as downloads. */
export function AppraisalPanel(props: AppraisalPanelProps) {
  const styles = useAppraisalStyles();
  const tr = useT();
  const lang = useLang();
  const settings = useAppraisalSettings(props.gateway, lang);
  const appraisal = useWebAppraisal(lang);
  const [filled, setFilled] = useState<File[]>([]);
  const { state, resolved, setDraft } = settings;
  if (state.status === 'loading' || !resolved)
    return <Spinner label={tr('ui.appraisal.loading')} />;
  const { draft } = state;
  const { policy, files } = props;
  const work = appraisal.state;
  const generate = () => {
    if (policy && resolved.ok)
      appraisal.generate({ files, policy, overrides: props.overrides, settings: resolved.value });
  };
  return (
    <div className={styles.root}>
      <Text>{tr('web.appraisal.hint')}</Text>
      {state.notice !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {!resolved.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <IssueList issues={resolved.issues} label={tr('ui.appraisal.invalid')} />
          </MessageBarBody>
        </MessageBar>
      )}
      {files.length === 0 && <Caption1>{tr('web.appraisal.noFiles')}</Caption1>}
      <Button
        appearance="primary"
        disabled={appraisal.busy || !resolved.ok || !policy || files.length === 0}
        onClick={generate}
      >
        {tr('web.appraisal.generate')}
      </Button>
      <FilePicker
        files={filled}
        onChange={setFilled}
        label={tr('web.appraisal.filled')}
        hint={tr('web.appraisal.filledHint')}
        disabled={appraisal.busy}
        testId="web-filled"
      />
      <Button
        disabled={appraisal.busy || filled.length === 0}
        onClick={() => appraisal.collect(filled)}
      >
        {tr('ui.appraisal.collect')}
      </Button>
      {work.status === 'working' && (
        <ProgressPanel progress={work.progress} cancelling={false} onCancel={appraisal.cancel} />
      )}
      {work.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{work.message}</MessageBarBody>
        </MessageBar>
      )}
      {work.status === 'failed' && work.message !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{work.message}</MessageBarBody>
        </MessageBar>
      )}
      {(work.status === 'done' || work.status === 'failed') && work.issues.length > 0 && (
        <IssueList issues={work.issues} label={tr('ui.appraisal.issues')} />
      )}
      <WhoSection draft={draft} onChange={setDraft} />
      <TemplateSection draft={draft} onChange={setDraft} />
      <GroupsEditor groups={draft.groups} onChange={(groups) => setDraft({ ...draft, groups })} />
      <ScoringSection draft={draft} onChange={setDraft} />
    </div>
  );
}
