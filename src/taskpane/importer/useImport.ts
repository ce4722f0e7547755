import { useCallback, useMemo, useRef, useState } from 'react';
import { HEAD_ROWS } from '../../core/pipeline';
import type { Lang } from '../../core/messages';
import { errorText, isAbort } from '../errorText';
import type { PaneGateway } from '../gateway';
import type {
  HeldImport,
  ImportedFile,
  ImportFailure,
  ImportProgress,
  ImportReader,
  PickedFile,
} from './types';

/** The import workflow's current step. */
export type ImportActivity =
  | { readonly status: 'idle' }
  | {
      readonly status: 'reading';
      readonly names: readonly string[];
      /** How far reading has got, once the reader has said. */
      readonly progress?: ImportProgress;
    }
  | { readonly status: 'read'; readonly failures: readonly ImportFailure[] }
  | { readonly status: 'inserting' }
  | { readonly status: 'inserted'; readonly sheets: readonly string[] }
  | { readonly status: 'failed'; readonly message: string };

export interface ImportController {
  /** Files read and waiting to be checked (not in the workbook); their sheets hold heads only. */
  readonly files: readonly ImportedFile[];
  /** The same files as the check takes them: heads, and the File to read the rest from. */
  readonly imported: readonly HeldImport[];
  readonly activity: ImportActivity;
  readonly pick: (files: readonly File[]) => void;
  /** 取消 while reading: the files read so far are dropped and the import is idle again. */
  readonly cancel: () => void;
  readonly remove: (name: string) => void;
  /** Writes the imported sheets into the workbook; they then count as the workbook's own. */
  readonly insert: () => void;
}

interface Held {
  readonly picked: PickedFile;
  readonly file: ImportedFile;
}

/**
 * 导入成绩文件: reads picked .xlsx/.csv files (off the UI thread via `reader`) and keeps, for the
 * check, only each sheet's first rows and the File: the check reads the rest where its engine
 * runs, so a million-row export never sits in the pane. 写入工作簿 reads the files whole again.
 */
export function useImport(
  reader: ImportReader,
  gateway: PaneGateway,
  lang: Lang,
): ImportController {
  const [held, setHeld] = useState<readonly Held[]>([]);
  const [activity, setActivity] = useState<ImportActivity>({ status: 'idle' });
  const busy = useRef(false);
  const abort = useRef<AbortController | undefined>(undefined);

  const pick = useCallback(
    (picked: readonly File[]) => {
      if (busy.current || picked.length === 0) return;
      busy.current = true;
      const names = picked.map((f) => f.name);
      setActivity({ status: 'reading', names });
      const controller = new AbortController();
      abort.current = controller;
      const onProgress = (progress: ImportProgress) =>
        setActivity((a) => (a.status === 'reading' ? { status: 'reading', names, progress } : a));
      const go = async () => {
        try {
          const files = picked.map((f): PickedFile => ({ name: f.name, blob: f }));
          const results = await reader(files, {
            onProgress,
            signal: controller.signal,
            keepRows: HEAD_ROWS,
          });
          const read = results.flatMap((r, i): Held[] => {
            const file = files[i];
            return r.ok && file ? [{ picked: file, file: r.file }] : [];
          });
          const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
          // Picking a file again replaces the earlier copy instead of counting it twice.
          setHeld((old) => [
            ...old.filter((h) => !read.some((n) => n.file.name === h.file.name)),
            ...read,
          ]);
          setActivity({ status: 'read', failures });
        } catch (error) {
          setActivity(
            isAbort(error)
              ? { status: 'idle' }
              : { status: 'failed', message: errorText(error, lang) },
          );
        } finally {
          busy.current = false;
          abort.current = undefined;
        }
      };
      void go();
    },
    [reader, lang],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);

  const remove = useCallback((name: string) => {
    setHeld((old) => old.filter((h) => h.file.name !== name));
  }, []);

  const files = useMemo(() => held.map((h) => h.file), [held]);
  const imported = useMemo(
    () => held.map((h) => ({ picked: h.picked, heads: h.file.sheets, headRows: HEAD_ROWS })),
    [held],
  );

  const insert = useCallback(() => {
    if (busy.current || held.length === 0) return;
    busy.current = true;
    setActivity({ status: 'inserting' });
    const go = async () => {
      try {
        // The whole files this time: they are written into the workbook.
        const results = await reader(held.map((h) => h.picked));
        const failure = results.find((r) => !r.ok);
        if (failure && !failure.ok) {
          setActivity({ status: 'read', failures: [failure.failure] });
          return;
        }
        const sheets = results.flatMap((r) => (r.ok ? r.file.sheets : []));
        const names = await gateway.insertSheets([...sheets]);
        setHeld([]);
        setActivity({ status: 'inserted', sheets: names });
      } catch (error) {
        setActivity({ status: 'failed', message: errorText(error, lang) });
      } finally {
        busy.current = false;
      }
    };
    void go();
  }, [gateway, held, reader, lang]);

  return { files, imported, activity, pick, cancel, remove, insert };
}
