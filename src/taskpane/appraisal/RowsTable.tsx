import {
  Button,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n/LangContext';
import { useVisuallyHidden } from '../theme/useVisuallyHidden';
import { useAppraisalStyles } from './useAppraisalStyles';

/** One column of an editable list: its header and the cell it shows for row `i`. */
export interface RowsColumn<T> {
  readonly header: string;
  readonly kind: 'name' | 'number';
  readonly cell: (row: T, i: number) => ReactNode;
}

/**
 * A small table of editable rows with a remove button per row: the shape shared by the template's
 * dimensions and the scorer groups. At least `minRows` rows always remain.
 */
export function RowsTable<T>(props: {
  label: string;
  rows: readonly T[];
  columns: readonly RowsColumn<T>[];
  removeLabel: (i: number) => string;
  onRemove: (i: number) => void;
  minRows?: number;
}) {
  const styles = useAppraisalStyles();
  const hidden = useVisuallyHidden();
  const tr = useT();
  const { rows, columns, minRows = 1 } = props;
  return (
    <Table size="small" aria-label={props.label}>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell
              key={c.header}
              className={c.kind === 'name' ? styles.nameCell : styles.numberCell}
            >
              {c.header}
            </TableHeaderCell>
          ))}
          <TableHeaderCell className={styles.actionCell}>
            <span className={hidden.hidden}>{tr('ui.a11y.rowActions')}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={i}>
            {columns.map((c) => (
              <TableCell key={c.header}>{c.cell(row, i)}</TableCell>
            ))}
            <TableCell>
              <Button
                size="small"
                appearance="subtle"
                aria-label={props.removeLabel(i)}
                disabled={rows.length <= minRows}
                onClick={() => props.onRemove(i)}
              >
                ×
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The name cell of a row. */
export function NameInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const styles = useAppraisalStyles();
  return (
    <Input
      className={styles.cellInput}
      size="small"
      aria-label={props.label}
      value={props.value}
      onChange={(_, data) => props.onChange(data.value)}
    />
  );
}
