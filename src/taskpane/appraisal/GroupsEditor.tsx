import { Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { ScorerGroup } from '../../core/appraisal/types';
import { useT } from '../i18n/LangContext';
import { CellNumber } from './CellNumber';
import { removeAt, replaceAt } from './listEdit';
import { NameInput, RowsTable } from './RowsTable';
import { useAppraisalStyles } from './useAppraisalStyles';

function withWeight(g: ScorerGroup, weight: number | undefined): ScorerGroup {
  return weight === undefined ? { name: g.name } : { name: g.name, weight };
}

/** 评分组及权重: one row per scorer group; each group gets its own copy of every form. */
export function GroupsEditor(props: {
  groups: readonly ScorerGroup[];
  onChange: (groups: ScorerGroup[]) => void;
}) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const { groups, onChange } = props;
  const set = (i: number, g: ScorerGroup) => onChange(replaceAt(groups, i, g));
  return (
    <section className={styles.section} aria-label={tr('ui.appraisal.groups')}>
      <Subtitle2 as="h2">{tr('ui.appraisal.groups')}</Subtitle2>
      <RowsTable
        label={tr('ui.appraisal.groups')}
        rows={groups}
        removeLabel={(i) => tr('ui.appraisal.group.remove', { n: i + 1 })}
        onRemove={(i) => onChange(removeAt(groups, i))}
        columns={[
          {
            header: tr('ui.appraisal.group.name'),
            kind: 'name',
            cell: (g, i) => (
              <NameInput
                label={tr('ui.appraisal.group.nameOf', { n: i + 1 })}
                value={g.name}
                onChange={(name) => set(i, { ...g, name })}
              />
            ),
          },
          {
            header: tr('ui.appraisal.group.weight'),
            kind: 'number',
            cell: (g, i) => (
              <CellNumber
                label={tr('ui.appraisal.group.weightOf', { n: i + 1 })}
                value={g.weight}
                optional
                onChange={(weight) => set(i, withWeight(g, weight))}
              />
            ),
          },
        ]}
      />
      <Caption1 className={styles.muted}>{tr('ui.appraisal.groups.hint')}</Caption1>
      <Button size="small" onClick={() => onChange([...groups, { name: '' }])}>
        {tr('ui.appraisal.group.add')}
      </Button>
    </section>
  );
}
