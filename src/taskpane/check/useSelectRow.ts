import { useCallback, useState } from 'react';
import type { RowRef } from '../../core/cells';
import type { Lang } from '../../core/messages';
import { errorText } from '../errorText';
import type { PaneGateway } from '../gateway';

/** Selects a finding's row in the workbook; remembers the last failure to show it. */
export function useSelectRow(gateway: PaneGateway, lang: Lang) {
  const [error, setError] = useState<string | undefined>(undefined);
  const select = useCallback(
    (ref: RowRef) => {
      setError(undefined);
      gateway.selectRow(ref).catch((e: unknown) => setError(errorText(e, lang)));
    },
    [gateway, lang],
  );
  return { select, error };
}
