import { Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/LangContext';
import { readNumber } from '../settings/NumberField';
import { useAppraisalStyles } from './useAppraisalStyles';
import type { MessageKey } from '../../core/messages';

/** A number box inside a table row: named by `label` for screen readers, the reason shown as a tooltip. */
export function CellNumber(props: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  /** An empty box means "not set". @default false */
  optional?: boolean;
}) {
  const tr = useT();
  const styles = useAppraisalStyles();
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  const [error, setError] = useState<MessageKey | undefined>(undefined);
  useEffect(() => {
    setText(props.value === undefined ? '' : String(props.value));
    setError(undefined);
  }, [props.value]);
  return (
    <Input
      className={styles.cellInput}
      size="small"
      type="number"
      inputMode="decimal"
      aria-label={props.label}
      aria-invalid={error !== undefined}
      title={error ? tr(error, { min: 0, max: '' }) : undefined}
      value={text}
      onChange={(_, data) => {
        setText(data.value);
        const read = readNumber(data.value, {
          min: 0,
          integer: false,
          optional: props.optional ?? false,
        });
        if ('error' in read) return setError(read.error);
        setError(undefined);
        props.onChange(read.value);
      }}
    />
  );
}
