import { Button, Caption1 } from '@fluentui/react-components';
import type { Dimension } from '../../core/appraisal/types';
import { useT } from '../i18n/LangContext';
import { CellNumber } from './CellNumber';
import { removeAt, replaceAt } from './listEdit';
import { NameInput, RowsTable } from './RowsTable';
import { useAppraisalStyles } from './useAppraisalStyles';

function withWeight(d: Dimension, weight: number | undefined): Dimension {
  const { weight: _old, ...rest } = d;
  return weight === undefined ? rest : { ...rest, weight };
}

/** The teacher's own dimensions: name, maximum points and optional weight per row. */
export function DimensionEditor(props: {
  dimensions: readonly Dimension[];
  onChange: (dimensions: Dimension[]) => void;
}) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const { dimensions, onChange } = props;
  const set = (i: number, d: Dimension) => onChange(replaceAt(dimensions, i, d));
  const total = dimensions.reduce((sum, d) => sum + (Number.isFinite(d.max) ? d.max : 0), 0);
  return (
    <>
      <RowsTable
        label={tr('ui.appraisal.dims')}
        rows={dimensions}
        removeLabel={(i) => tr('ui.appraisal.dim.remove', { n: i + 1 })}
        onRemove={(i) => onChange(removeAt(dimensions, i))}
        columns={[
          {
            header: tr('ui.appraisal.dim.name'),
            kind: 'name',
            cell: (d, i) => (
              <NameInput
                label={tr('ui.appraisal.dim.nameOf', { n: i + 1 })}
                value={d.name}
                onChange={(name) => set(i, { ...d, name })}
              />
            ),
          },
          {
            header: tr('ui.appraisal.dim.max'),
            kind: 'number',
            cell: (d, i) => (
              <CellNumber
                label={tr('ui.appraisal.dim.maxOf', { n: i + 1 })}
                value={d.max}
                onChange={(max) => max !== undefined && set(i, { ...d, max })}
              />
            ),
          },
          {
            header: tr('ui.appraisal.dim.weight'),
            kind: 'number',
            cell: (d, i) => (
              <CellNumber
                label={tr('ui.appraisal.dim.weightOf', { n: i + 1 })}
                value={d.weight}
                optional
                onChange={(weight) => set(i, withWeight(d, weight))}
              />
            ),
          },
        ]}
      />
      <Caption1 className={styles.muted}>{tr('ui.appraisal.dims.hint', { total })}</Caption1>
      <Button
        size="small"
        onClick={() => onChange([...dimensions, { name: '', max: 20, description: '' }])}
      >
        {tr('ui.appraisal.dim.add')}
      </Button>
    </>
  );
}
