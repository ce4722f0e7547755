import { Subtitle2 } from '@fluentui/react-components';
import { AGGREGATE_METHODS } from '../../core/appraisal/settings';
import type { AggregateMethod, BandThresholds } from '../../core/appraisal/types';
import { useT } from '../i18n/LangContext';
import { ChoiceField } from '../settings/ChoiceField';
import { NumberField } from '../settings/NumberField';
import type { AppraisalDraft } from './draft';
import { useAppraisalStyles } from './useAppraisalStyles';

const BANDS: readonly (keyof BandThresholds)[] = ['excellent', 'good', 'pass'];

/** 汇总与等级: how group scores combine, the grade lines and the cap on 优秀. */
export function ScoringSection(props: {
  draft: AppraisalDraft;
  onChange: (draft: AppraisalDraft) => void;
}) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const { draft, onChange } = props;
  const { quota: _quota, ...withoutQuota } = draft;
  return (
    <section className={styles.section} aria-label={tr('ui.appraisal.scoring')}>
      <Subtitle2 as="h2">{tr('ui.appraisal.scoring')}</Subtitle2>
      <ChoiceField<AggregateMethod>
        label={tr('ui.appraisal.aggregate')}
        value={draft.aggregate}
        options={AGGREGATE_METHODS.map((value) => ({
          value,
          label: tr(`appraisal.aggregate.${value}`),
        }))}
        onChange={(aggregate) => onChange({ ...draft, aggregate })}
      />
      <div className={styles.triple}>
        {BANDS.map((band) => (
          <NumberField
            key={band}
            label={tr(`ui.appraisal.band.${band}`)}
            value={draft.bands[band]}
            max={100}
            integer={false}
            onChange={(v) =>
              v !== undefined && onChange({ ...draft, bands: { ...draft.bands, [band]: v } })
            }
          />
        ))}
      </div>
      <NumberField
        label={tr('ui.appraisal.quota')}
        hint={tr('ui.appraisal.quotaHint')}
        value={draft.quota}
        max={100}
        integer={false}
        optional
        onChange={(quota) => onChange(quota === undefined ? withoutQuota : { ...draft, quota })}
      />
    </section>
  );
}
