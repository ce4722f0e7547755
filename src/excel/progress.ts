/** Where a running check is; `total` 0 means not known yet. */
export interface Progress {
  readonly phase: 'discover' | 'read' | 'compute' | 'write';
  readonly done: number;
  readonly total: number;
}

export type ProgressListener = (progress: Progress) => void;

/** `YYYY-MM-DD HH:mm` in local time, for the report's subtitle. */
export function localStamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
