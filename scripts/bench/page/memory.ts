import { readFileSync } from 'node:fs';
import type { Browser, CDPSession } from 'playwright-core';

/** Peaks seen while sampling, in MB of resident memory (VmRSS). */
export interface MemoryPeaks {
  /** The largest single renderer: the page's own (its dedicated workers run in the same process). */
  readonly rendererMB: number;
  /** The largest renderer at the first sample, before the measured step began. */
  readonly rendererStartMB: number;
  /** All renderer processes together (the page's, plus any spare one Chromium keeps). */
  readonly renderersMB: number;
  /** The browser process (it holds the picked files' blob registry and serves their slices). */
  readonly browserMB: number;
  readonly samples: number;
}

function rssMB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0; // the process ended between the listing and the reading
  }
}

interface ProcessInfo {
  readonly id: number;
  readonly type: string;
}

/**
 * Samples the resident memory of Chromium's processes from /proc every `everyMs` (Linux only):
 * the process list comes from CDP's SystemInfo.getProcessInfo, refreshed each second so a renderer
 * started later is seen. RSS is what the operating system charges the process, whatever the
 * engine's heaps say (it includes the worker's heap, array buffers, decompression buffers and
 * Blink's own allocations, which JS heap figures leave out).
 */
export async function sampleMemory(
  browser: Browser,
  everyMs = 100,
): Promise<{ stop: () => Promise<MemoryPeaks> }> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  let list: ProcessInfo[] = [];
  const refresh = async () => {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as unknown as {
      processInfo: ProcessInfo[];
    };
    list = info.processInfo;
  };
  await refresh();
  const peaks = { rendererMB: 0, rendererStartMB: 0, renderersMB: 0, browserMB: 0, samples: 0 };
  const sample = () => {
    let sum = 0;
    for (const p of list) {
      const mb = rssMB(p.id);
      if (p.type === 'renderer') {
        sum += mb;
        peaks.rendererMB = Math.max(peaks.rendererMB, mb);
      } else if (p.type === 'browser') peaks.browserMB = Math.max(peaks.browserMB, mb);
    }
    peaks.renderersMB = Math.max(peaks.renderersMB, sum);
    if (peaks.samples === 0) peaks.rendererStartMB = peaks.rendererMB;
    peaks.samples++;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  const refresher = setInterval(() => void refresh().catch(() => undefined), 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      clearInterval(refresher);
      sample();
      await cdp.detach().catch(() => undefined);
      return { ...peaks };
    },
  };
}
