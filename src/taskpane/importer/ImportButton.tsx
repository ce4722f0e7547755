import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import { TABLE_EXTENSIONS } from '../../read/inputPlan';
import { useT } from '../i18n/LangContext';

/** The file dialog offers every extension the readers take (.et included); content decides the rest. */
const ACCEPT = [...TABLE_EXTENSIONS].join(',');

/** 导入成绩文件: opens the file chooser for one or more tables (.xlsx, .xls, .et, .csv, …). */
export function ImportButton(props: { onPick: (files: File[]) => void; disabled?: boolean }) {
  const tr = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()} disabled={props.disabled ?? false}>
        {tr('ui.import.button')}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPT}
        data-testid="import-input"
        aria-label={tr('ui.import.button')}
        onChange={(event) => {
          const picked = Array.from(event.currentTarget.files ?? []);
          // Clearing lets the teacher pick the same file again after fixing it.
          event.currentTarget.value = '';
          props.onPick(picked);
        }}
      />
    </>
  );
}
