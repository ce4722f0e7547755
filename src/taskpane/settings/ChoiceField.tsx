import { Field, Select } from '@fluentui/react-components';
import { useId } from 'react';

/** A labelled native select: a short list the teacher picks one from. */
export function ChoiceField<V extends string>(props: {
  label: string;
  value: V;
  options: readonly { readonly value: V; readonly label: string }[];
  onChange: (value: V) => void;
  disabled?: boolean;
  hint?: string;
}) {
  const id = useId();
  return (
    <Field label={props.label} {...(props.hint === undefined ? {} : { hint: props.hint })}>
      <Select
        id={id}
        value={props.value}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
