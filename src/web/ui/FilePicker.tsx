import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { TABLE_EXTENSIONS } from '../../read/inputPlan';
import { useT } from '../../taskpane/i18n/LangContext';

/** The file dialog offers every extension the readers take (.et included); content decides the rest. */
const ACCEPT = [...TABLE_EXTENSIONS].join(',');

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Files the picker holds; a file picked again under the same name replaces the earlier one. */
export function mergeFiles(held: readonly File[], added: readonly File[]): File[] {
  const names = new Set(added.map((f) => f.name));
  return [...held.filter((f) => !names.has(f.name)), ...added];
}

export interface FilePickerProps {
  readonly files: readonly File[];
  readonly onChange: (files: File[]) => void;
  /** The button's words; also the input's accessible name. */
  readonly label: string;
  readonly hint: string;
  readonly disabled?: boolean;
  readonly testId: string;
}

/** One file input (`multiple`) behind a button, a drop zone around it, and the list of files picked. */
export function FilePicker(props: FilePickerProps) {
  const styles = useStyles();
  const tr = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { files, onChange } = props;
  const disabled = props.disabled ?? false;
  const add = (added: File[]) => {
    if (!disabled && added.length > 0) onChange(mergeFiles(files, added));
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    add(Array.from(event.dataTransfer.files));
  };
  return (
    <section
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      aria-label={props.label}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Text>{props.hint}</Text>
      <div className={styles.row}>
        <Button appearance="secondary" onClick={() => input.current?.click()} disabled={disabled}>
          {props.label}
        </Button>
        <Caption1 className={styles.muted}>{tr('web.files.drop')}</Caption1>
        {files.length > 0 && (
          <Button appearance="subtle" onClick={() => onChange([])} disabled={disabled}>
            {tr('web.files.clear')}
          </Button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPT}
        data-testid={props.testId}
        aria-label={props.label}
        onChange={(event) => {
          const picked = Array.from(event.currentTarget.files ?? []);
          // Clearing lets the teacher pick the same file again after fixing it.
          event.currentTarget.value = '';
          add(picked);
        }}
      />
      {files.length === 0 ? (
        <Caption1 className={styles.muted}>{tr('web.files.none')}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={tr('web.files.picked')}>
          {files.map((file) => (
            <li key={file.name}>
              {file.name}{' '}
              <Button
                size="small"
                appearance="transparent"
                disabled={disabled}
                aria-label={tr('web.files.remove', { file: file.name })}
                onClick={() => onChange(files.filter((f) => f !== file))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
