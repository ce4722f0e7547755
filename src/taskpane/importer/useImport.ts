import { useCallback, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/messages';
import type { SheetGrid } from '../../core/tables';
import { errorText, isAbort } from '../errorText';
import type { PaneGateway } from '../gateway';
import type { ImportedFile, ImportFailure, ImportProgress, ImportReader } from './types';

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
  /** Files read and waiting to be checked (not in the workbook). */
  readonly files: readonly ImportedFile[];
  /** Their sheets, as the check takes them. */
  readonly sheets: readonly SheetGrid[];
  readonly activity: ImportActivity;
  readonly pick: (files: readonly File[]) => void;
  /** 取消 while reading: the files read so far are dropped and the import is idle again. */
  readonly cancel: () => void;
  readonly remove: (name: string) => void;
  /** Writes the imported sheets into the workbook; they then count as the workbook's own. */
  readonly insert: () => void;
}

/** 导入成绩文件: reads picked .xlsx/.csv files (off the UI thread via `reader`), keeps them for the check. */
export function useImport(
  reader: ImportReader,
  gateway: PaneGateway,
  lang: Lang,
): ImportController {
  const [files, setFiles] = useState<readonly ImportedFile[]>([]);
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
          const results = await reader(
            picked.map((f) => ({ name: f.name, blob: f })),
            { onProgress, signal: controller.signal },
          );
          const read = results.flatMap((r) => (r.ok ? [r.file] : []));
          const failures = results.flatMap((r) => (r.ok ? [] : [r.failure]));
          // Picking a file again replaces the earlier copy instead of counting it twice.
          setFiles((old) => [...old.filter((f) => !read.some((n) => n.name === f.name)), ...read]);
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
    setFiles((old) => old.filter((f) => f.name !== name));
  }, []);

  const sheets = useMemo(() => files.flatMap((f) => f.sheets), [files]);

  const insert = useCallback(() => {
    if (busy.current || sheets.length === 0) return;
    busy.current = true;
    setActivity({ status: 'inserting' });
    const go = async () => {
      try {
        const names = await gateway.insertSheets([...sheets]);
        setFiles([]);
        setActivity({ status: 'inserted', sheets: names });
      } catch (error) {
        setActivity({ status: 'failed', message: errorText(error, lang) });
      } finally {
        busy.current = false;
      }
    };
    void go();
  }, [gateway, sheets, lang]);

  return { files, sheets, activity, pick, cancel, remove, insert };
}
