import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/messages';
import { errorText } from '../errorText';
import type { Detection, PaneGateway } from '../gateway';

export type DetectionState =
  | { readonly status: 'detecting' }
  | { readonly status: 'detected'; readonly detection: Detection }
  | { readonly status: 'failed'; readonly message: string };

/** Detects the workbook's tables when the settings open, and again on request. */
export function useDetection(gateway: PaneGateway, lang: Lang) {
  const [state, setState] = useState<DetectionState>({ status: 'detecting' });
  const run = useRef(0);
  const detect = useCallback(() => {
    const id = ++run.current;
    setState({ status: 'detecting' });
    gateway.detect().then(
      (detection) => id === run.current && setState({ status: 'detected', detection }),
      (error: unknown) =>
        id === run.current && setState({ status: 'failed', message: errorText(error, lang) }),
    );
  }, [gateway, lang]);
  useEffect(detect, [detect]);
  return { state, detect };
}
