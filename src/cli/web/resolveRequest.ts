import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The file a request path names under `root`, or undefined when it is not one the server gives:
 * outside the root (`..`, encoded or not), a NUL byte, a backslash, a malformed escape. `/` is
 * index.html; a folder is not a file (no listings).
 */
export function resolveRequest(root: string, url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const wanted = path === '/' ? 'index.html' : path.slice(1);
  if (wanted === '' || wanted.endsWith('/')) return undefined;
  const file = resolve(join(root, wanted));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..'))
    return undefined;
  return file;
}
