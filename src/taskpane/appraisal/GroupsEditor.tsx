import {
  Button,
  Caption1,
  Input,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ScorerGroup } from '../../core/appraisal/types';
import { useT } from '../i18n/LangContext';
import { CellNumber } from './CellNumber';
import { removeAt, replaceAt } from './listEdit';
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
      <Table size="small" aria-label={tr('ui.appraisal.groups')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nameCell}>
              {tr('ui.appraisal.group.name')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.numberCell}>
              {tr('ui.appraisal.group.weight')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.actionCell} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.map((g, i) => (
            <TableRow key={i}>
              <TableCell>
                <Input
                  className={styles.cellInput}
                  size="small"
                  aria-label={tr('ui.appraisal.group.nameOf', { n: i + 1 })}
                  value={g.name}
                  onChange={(_, data) => set(i, { ...g, name: data.value })}
                />
              </TableCell>
              <TableCell>
                <CellNumber
                  label={tr('ui.appraisal.group.weightOf', { n: i + 1 })}
                  value={g.weight}
                  optional
                  onChange={(weight) => set(i, withWeight(g, weight))}
                />
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={tr('ui.appraisal.group.remove', { n: i + 1 })}
                  disabled={groups.length <= 1}
                  onClick={() => onChange(removeAt(groups, i))}
                >
                  ×
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1 className={styles.muted}>{tr('ui.appraisal.groups.hint')}</Caption1>
      <Button size="small" onClick={() => onChange([...groups, { name: '' }])}>
        {tr('ui.appraisal.group.add')}
      </Button>
    </section>
  );
}
