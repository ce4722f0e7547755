import { normaliseBaseUrl } from './manifest';

/** Where office.js comes from; 21Vianet is Microsoft 365 operated in China. */
export type Cdn = 'global' | '21vianet';

export interface PackageArgs {
  /** The hosting address, normalised (https, ends in "/"). */
  readonly url: string;
  readonly cdn: Cdn;
}

/** A problem with `npm run package`'s arguments; the message is Chinese, then English. */
export class PackageArgsError extends Error {}

const USAGE =
  '用法 / usage: npm run package -- --url https://addin.school.edu.cn/union/ [--cdn global|21vianet]\n' +
  '（也可以设置环境变量 ADDIN_URL / or set ADDIN_URL）';

function valueOf(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === name) return argv[i + 1] ?? '';
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/**
 * Reads `--url` and `--cdn` (or ADDIN_URL / ADDIN_CDN, or npm's `--url=` config) and checks them;
 * throws PackageArgsError with the reason and the usage.
 */
export function parsePackageArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): PackageArgs {
  const known = new Set(['--url', '--cdn']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const name = arg.split('=')[0] ?? '';
    if (!known.has(name))
      throw new PackageArgsError(`不认识的参数 / unknown argument: ${arg}\n${USAGE}`);
    if (!arg.includes('=')) i++;
  }
  const rawUrl = valueOf(argv, '--url') ?? env.ADDIN_URL ?? env.npm_config_url;
  if (rawUrl === undefined || rawUrl === '')
    throw new PackageArgsError(`请给出学校存放加载项的网址 / give the hosting address\n${USAGE}`);
  let url: string;
  try {
    url = normaliseBaseUrl(rawUrl);
  } catch (error) {
    throw new PackageArgsError(
      `${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
  }
  const cdn = valueOf(argv, '--cdn') ?? env.ADDIN_CDN ?? 'global';
  if (cdn !== 'global' && cdn !== '21vianet')
    throw new PackageArgsError(
      `--cdn 只能是 global 或 21vianet / --cdn must be global or 21vianet\n${USAGE}`,
    );
  return { url, cdn };
}
