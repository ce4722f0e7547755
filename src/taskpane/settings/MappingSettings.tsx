import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { columnLetter } from '../../core/cells';
import { fieldsOf } from '../../core/discovery/synonyms';
import type { MappingOverride } from '../../core/discovery/types';
import type { AnyField, TableKind } from '../../core/tables';
import { useT } from '../i18n/LangContext';
import { ChoiceField } from './ChoiceField';
import {
  detectedTables,
  isUnsure,
  resetTable,
  setColumn,
  setKind,
  type DetectedTable,
} from './overrides';
import type { DetectionState } from './useDetection';
import { useSectionStyles } from './useSectionStyles';

const KINDS: readonly TableKind[] = ['roster', 'grades', 'discipline', 'attendance', 'delegates'];
const NONE = '0';

function TableEditor(props: {
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

/** 表格与列的对应: every detected table, the unsure ones open, each changeable from dropdowns. */
export function MappingSettings(props: {
  detection: DetectionState;
  onDetect: () => void;
  overrides: readonly MappingOverride[];
  onChange: (o: MappingOverride[]) => void;
}) {
  const styles = useSectionStyles();
  const tr = useT();
  const { detection, overrides } = props;
  const tables = useMemo(
    () =>
      detection.status === 'detected'
        ? detectedTables(detection.detection.mappings, overrides)
        : [],
    [detection, overrides],
  );
  const unsure = tables.filter((t) => isUnsure(t.found) && !t.override);
  return (
    <section className={styles.section} aria-label={tr('ui.settings.mapping')}>
      <Subtitle2 as="h2">{tr('ui.settings.mapping')}</Subtitle2>
      {detection.status === 'detecting' && (
        <Spinner size="tiny" label={tr('ui.mapping.detecting')} />
      )}
      {detection.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{detection.message}</MessageBarBody>
        </MessageBar>
      )}
      {detection.status === 'detected' && tables.length === 0 && (
        <Text>{tr('ui.mapping.none')}</Text>
      )}
      {detection.status === 'detected' && tables.length > 0 && (
        <Caption1>
          {unsure.length > 0
            ? tr('ui.mapping.confirm', { count: unsure.length })
            : tr('ui.mapping.allSure')}
        </Caption1>
      )}
      <Accordion
        key={detection.status}
        multiple
        collapsible
        defaultOpenItems={unsure.map((t) => `${t.found.sheet}#${t.block}`)}
      >
        {tables.map((table) => {
          const key = `${table.found.sheet}#${table.block}`;
          const flag = table.override ? 'changed' : isUnsure(table.found) ? 'unsure' : 'sure';
          return (
            <AccordionItem key={key} value={key}>
              <AccordionHeader size="small">
                <span>
                  {tr('ui.mapping.table', {
                    sheet: table.found.sheet,
                    kind: table.effective
                      ? tr(`input.kind.${table.effective.kind}`)
                      : tr('ui.mapping.ignored'),
                    row: table.found.headerRow,
                  })}{' '}
                  <Badge
                    size="small"
                    appearance="tint"
                    color={flag === 'unsure' ? 'warning' : flag === 'changed' ? 'brand' : 'success'}
                  >
                    {tr(`ui.mapping.${flag}`)}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <TableEditor table={table} overrides={overrides} onChange={props.onChange} />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <Button size="small" onClick={props.onDetect} disabled={detection.status === 'detecting'}>
        {tr('ui.mapping.detect')}
      </Button>
    </section>
  );
}
