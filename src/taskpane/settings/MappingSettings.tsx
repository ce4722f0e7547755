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
import type { MappingOverride } from '../../core/discovery/types';
import { useT } from '../i18n/LangContext';
import { detectedTables, isUnsure } from './overrides';
import { TableEditor } from './TableEditor';
import type { DetectionState } from './useDetection';
import { useSectionStyles } from './useSectionStyles';

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
