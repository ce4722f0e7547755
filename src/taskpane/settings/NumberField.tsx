import { Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/LangContext';
import type { MessageKey } from '../../core/messages';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  /** @default 0 */
  readonly min?: number;
  readonly max?: number;
  /** Whole numbers only (people, departments). @default true */
  readonly integer?: boolean;
  /** An empty box means "not set" instead of an error. @default false */
  readonly optional?: boolean;
  readonly disabled?: boolean;
  readonly hint?: string;
}

// A number box never needs the width of a text box, and must fit two to a row in a narrow pane.
const useStyles = makeStyles({ input: { minWidth: 0, width: '100%', maxWidth: '12em' } });

/** The value typed, or the reason it is not acceptable (a message key). */
export function readNumber(
  text: string,
  opts: { min: number; max?: number; integer: boolean; optional: boolean },
): { value: number | undefined } | { error: MessageKey } {
  const trimmed = text.trim();
  if (trimmed === '') return opts.optional ? { value: undefined } : { error: 'ui.number.required' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: 'ui.number.invalid' };
  if (opts.integer && !Number.isInteger(value)) return { error: 'ui.number.integer' };
  if (value < opts.min) return { error: 'ui.number.min' };
  if (opts.max !== undefined && value > opts.max) return { error: 'ui.number.max' };
  return { value };
}

/** A labelled number box; only acceptable values reach `onChange`, others show why. */
export function NumberField(props: NumberFieldProps) {
  const tr = useT();
  const styles = useStyles();
  const min = props.min ?? 0;
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  const [error, setError] = useState<MessageKey | undefined>(undefined);
  useEffect(() => {
    // A preset switch changes the value from outside: show it.
    setText(props.value === undefined ? '' : String(props.value));
    setError(undefined);
  }, [props.value]);
  return (
    <Field
      label={props.label}
      {...(props.hint === undefined ? {} : { hint: props.hint })}
      validationState={error ? 'error' : 'none'}
      {...(error ? { validationMessage: tr(error, { min, max: props.max ?? '' }) } : {})}
    >
      <Input
        className={styles.input}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={props.max}
        disabled={props.disabled}
        onChange={(_, data) => {
          setText(data.value);
          const read = readNumber(data.value, {
            min,
            ...(props.max !== undefined ? { max: props.max } : {}),
            integer: props.integer ?? true,
            optional: props.optional ?? false,
          });
          if ('error' in read) {
            setError(read.error);
            return;
          }
          setError(undefined);
          props.onChange(read.value);
        }}
      />
    </Field>
  );
}
