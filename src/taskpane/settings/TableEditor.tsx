import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { columnLetter } from '../../core/cells';
import { fieldsOf } from '../../core/discovery/synonyms';
import type { MappingOverride } from '../../core/discovery/types';
import type { AnyField, TableKind } from '../../core/tables';
import { useT } from '../i18n/LangContext';
import { ChoiceField } from './ChoiceField';
import { resetTable, setColumn, setKind, type DetectedTable } from './overrides';
import { useSectionStyles } from './useSectionStyles';

const KINDS: readonly TableKind[] = ['roster', 'grades', 'discipline', 'attendance', 'delegates'];
const NONE = '0';

/** One detected table: its kind, then a column dropdown per field of that kind. */
export function TableEditor(props: {
  table: DetectedTable;
  overrides: readonly MappingOverride[];
  onChange: (o: MappingOverride[]) => void;
}) {
  const styles = useSectionStyles();
  const tr = useT();
  const { table, overrides, onChange } = props;
  const effective = table.effective;
  const kind: TableKind | 'ignore' = effective ? effective.kind : 'ignore';
  const headerOptions = [
    { value: NONE, label: tr('ui.mapping.noColumn') },
    ...table.found.headers.map((h) => ({
      value: String(h.col),
      label: tr('ui.mapping.column', { letter: columnLetter(h.col), text: h.text }),
    })),
  ];
  return (
    <div className={styles.nested}>
      <ChoiceField<TableKind | 'ignore'>
        label={tr('ui.mapping.kind')}
        value={kind}
        options={[
          ...KINDS.map((value) => ({ value, label: tr(`input.kind.${value}`) })),
          { value: 'ignore' as const, label: tr('ui.mapping.ignore') },
        ]}
        onChange={(next) => onChange(setKind(overrides, table, next))}
      />
      {effective && effective.missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {tr('ui.mapping.missing', {
              fields: effective.missing.map((f) => tr(`input.field.${f}`)).join('、'),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {effective &&
        fieldsOf(effective.kind).map((field: AnyField) => (
          <ChoiceField
            key={field}
            label={tr(`input.field.${field}`)}
            value={String(effective.columns[field] ?? NONE)}
            options={headerOptions}
            onChange={(col) =>
              onChange(setColumn(overrides, table, field, col === NONE ? null : Number(col)))
            }
          />
        ))}
      {table.override && (
        <Button size="small" onClick={() => onChange(resetTable(overrides, table))}>
          {tr('ui.mapping.reset')}
        </Button>
      )}
    </div>
  );
}
