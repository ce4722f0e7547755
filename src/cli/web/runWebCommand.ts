import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { t, type Lang } from '../../core/messages';
import { UsageError } from '../args';
import type { Output } from '../output';
import { openBrowser } from './openBrowser';
import { serveStatic, type StaticServer } from './serveStatic';

/** The built package (dist), from src/cli/web (tests) and lib/cli/web (the binary) alike. */
export const PACKAGE_DIR = join(__dirname, '..', '..', '..', 'dist');

/**
 * The page inside the package. The whole package is served, not web/ alone: the readers of old
 * .xls, HTML and XML files are chunks the page shares with the task pane at the package's root, and
 * the page loads them from `../` as it does on the school's server.
 */
export const PAGE_PATH = 'web/index.html';

export interface WebOptions {
  readonly lang: Lang;
  readonly open: boolean;
}

/** `web [--no-open] --lang …`: the words after the command. */
export function parseWebArgs(argv: readonly string[]): WebOptions {
  let lang: Lang = 'zh';
  let open = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-open') open = false;
    else if (arg === '--lang') {
      const value = argv[++i];
      if (value !== 'zh' && value !== 'en') throw new UsageError('cli.badLang');
      lang = value;
    } else throw new UsageError('cli.unknownOption', { option: arg ?? '' });
  }
  return { lang, open };
}

export interface WebRun {
  readonly server: StaticServer;
  /** Resolves when the server has stopped. */
  readonly stopped: Promise<void>;
}

/**
 * Serves the page (static files only, this computer only) and opens it in the default browser
 * when one can be opened; the address is printed always. `stop` ends it (main passes Ctrl+C).
 */
export async function startWeb(
  options: WebOptions,
  out: Output,
  dir: string = PACKAGE_DIR,
  open: (url: string) => Promise<boolean> = openBrowser,
): Promise<WebRun> {
  if (!existsSync(join(dir, PAGE_PATH))) {
    out.stderr(`${t('cli.web.missing', options.lang, { dir: join(dir, 'web') })}\n`);
    throw new WebMissing();
  }
  const server = await serveStatic(dir);
  const url = `${server.url}${PAGE_PATH}`;
  out.stdout(`${t('cli.web.serving', options.lang, { url })}\n`);
  if (options.open && !(await open(url))) out.stderr(`${t('cli.web.noBrowser', options.lang)}\n`);
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((done) => (stop = done));
  const closing = stopped.then(() => server.close());
  return {
    server: { url, close: () => (stop(), closing) },
    stopped: closing,
  };
}

/** The page's files are not there (a checkout that was never built). */
export class WebMissing extends Error {
  constructor() {
    super('dist/web missing');
    this.name = 'WebMissing';
  }
}

/** `union-compliance web`: runs until Ctrl+C; 0 when stopped, 2 when the page is not built. */
export async function runWebCommand(argv: readonly string[], out: Output): Promise<number> {
  const options = parseWebArgs(argv);
  let run: WebRun;
  try {
    run = await startWeb(options, out);
  } catch (error) {
    if (error instanceof WebMissing) return 2;
    throw error;
  }
  const stop = () => void run.server.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await run.stopped;
  return 0;
}
