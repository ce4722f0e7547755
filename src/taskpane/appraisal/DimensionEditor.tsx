import {
  Button,
  Caption1,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Dimension } from '../../core/appraisal/types';
import { useT } from '../i18n/LangContext';
import { CellNumber } from './CellNumber';
import { removeAt, replaceAt } from './listEdit';
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
      <Table size="small" aria-label={tr('ui.appraisal.dims')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nameCell}>
              {tr('ui.appraisal.dim.name')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.numberCell}>
              {tr('ui.appraisal.dim.max')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.numberCell}>
              {tr('ui.appraisal.dim.weight')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.actionCell} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {dimensions.map((d, i) => (
            <TableRow key={i}>
              <TableCell>
                <Input
                  className={styles.cellInput}
                  size="small"
                  aria-label={tr('ui.appraisal.dim.nameOf', { n: i + 1 })}
                  value={d.name}
                  onChange={(_, data) => set(i, { ...d, name: data.value })}
                />
              </TableCell>
              <TableCell>
                <CellNumber
                  label={tr('ui.appraisal.dim.maxOf', { n: i + 1 })}
                  value={d.max}
                  onChange={(max) => max !== undefined && set(i, { ...d, max })}
                />
              </TableCell>
              <TableCell>
                <CellNumber
                  label={tr('ui.appraisal.dim.weightOf', { n: i + 1 })}
                  value={d.weight}
                  optional
                  onChange={(weight) => set(i, withWeight(d, weight))}
                />
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={tr('ui.appraisal.dim.remove', { n: i + 1 })}
                  disabled={dimensions.length <= 1}
                  onClick={() => onChange(removeAt(dimensions, i))}
                >
                  ×
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
