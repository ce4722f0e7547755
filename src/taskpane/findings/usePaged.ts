import { useCallback, useState } from 'react';

/** How many groups a findings list draws at first and adds per 显示更多. */
export const PAGE_SIZE = 50;

export interface Paged<T> {
  readonly shown: readonly T[];
  /** How many are not drawn yet. */
  readonly remaining: number;
  /** Draws the next page. */
  readonly more: () => void;
}

/**
 * The first `pageSize` items, then a page more on each `more()`: drawing 500 flagged members at
 * once is one main-thread task of half a second. A new list starts again at the first page.
 */
export function usePaged<T>(items: readonly T[], pageSize = PAGE_SIZE): Paged<T> {
  const [state, setState] = useState({ items, count: pageSize });
  const count = state.items === items ? state.count : pageSize;
  const more = useCallback(
    () => setState({ items, count: count + pageSize }),
    [items, count, pageSize],
  );
  return {
    shown: count >= items.length ? items : items.slice(0, count),
    remaining: Math.max(0, items.length - count),
    more,
  };
}
