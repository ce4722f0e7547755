import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../core/messages';
import { errorText } from '../errorText';
import type { PaneGateway } from '../gateway';

export type ClearState =
  | { readonly status: 'idle' }
  | { readonly status: 'clearing' }
  | { readonly status: 'cleared'; readonly removed: number }
  | { readonly status: 'failed'; readonly message: string };

/** 清除标记: removes every highlight the product made, through the gateway. */
export function useClearMarks(gateway: PaneGateway, lang: Lang) {
  const [state, setState] = useState<ClearState>({ status: 'idle' });
  const busy = useRef(false);
  const clear = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: 'clearing' });
    const go = async () => {
      try {
        const { removed } = await gateway.clearMarks();
        setState({ status: 'cleared', removed });
      } catch (error) {
        setState({ status: 'failed', message: errorText(error, lang) });
      } finally {
        busy.current = false;
      }
    };
    void go();
  }, [gateway, lang]);
  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, clear, dismiss };
}
