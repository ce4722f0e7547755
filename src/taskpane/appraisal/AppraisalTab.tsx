import { Caption1, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { MappingOverride } from '../../core/discovery/types';
import type { Policy } from '../../core/policy/types';
import { useSelectRow } from '../check/useSelectRow';
import type { PaneGateway } from '../gateway';
import { useLang, useT } from '../i18n/LangContext';
import { AppraisalActions } from './AppraisalActions';
import { AppraisalOutcome } from './AppraisalOutcome';
import { GroupsEditor } from './GroupsEditor';
import { ScoringSection } from './ScoringSection';
import { TemplateSection } from './TemplateSection';
import { useAppraisal, type AppraisalGateway } from './useAppraisal';
import { useAppraisalSettings } from './useAppraisalSettings';
import { useAppraisalStyles } from './useAppraisalStyles';
import { WhoSection } from './WhoSection';

export interface AppraisalTabProps {
  readonly gateway: PaneGateway & AppraisalGateway;
  /** The check's policy (titles say who leads); undefined while it loads. */
  readonly policy: Policy | undefined;
  readonly overrides: readonly MappingOverride[];
}

/** The 考核评议 tab: the appraisal's choices (saved in the workbook), 生成评分表 and 汇总评分. */
export function AppraisalTab(props: AppraisalTabProps) {
  const styles = useAppraisalStyles();
  const tr = useT();
  const lang = useLang();
  const settings = useAppraisalSettings(props.gateway, lang);
  const controller = useAppraisal(props.gateway, lang);
  const selection = useSelectRow(props.gateway, lang);
  const { state, resolved, setDraft } = settings;
  if (state.status === 'loading' || !resolved)
    return <Spinner label={tr('ui.appraisal.loading')} />;
  const { draft } = state;
  const { policy, overrides } = props;
  const status =
    typeof state.save === 'object'
      ? tr('ui.appraisal.saveFailed', { detail: state.save.failed })
      : !resolved.ok
        ? tr('ui.appraisal.unsaved')
        : tr(state.save === 'pending' ? 'ui.appraisal.saving' : 'ui.appraisal.saved');
  return (
    <div className={styles.root}>
      <Text>{tr('ui.appraisal.hint')}</Text>
      {state.notice !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <AppraisalActions
        controller={controller}
        resolved={resolved}
        onGenerate={
          policy ? (s) => controller.generate({ policy, overrides, settings: s }) : undefined
        }
      />
      {selection.error !== undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{selection.error}</MessageBarBody>
        </MessageBar>
      )}
      <AppraisalOutcome controller={controller} onSelect={selection.select} />
      <WhoSection draft={draft} onChange={setDraft} />
      <TemplateSection draft={draft} onChange={setDraft} />
      <GroupsEditor groups={draft.groups} onChange={(groups) => setDraft({ ...draft, groups })} />
      <ScoringSection draft={draft} onChange={setDraft} />
      <Caption1 className={styles.muted} role="status">
        {status}
      </Caption1>
    </div>
  );
}
