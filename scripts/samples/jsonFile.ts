/**
 * JSON as committed: formatted by Prettier with the repository's settings, so `prettier --check .`
 * accepts generated files and regenerating them leaves no diff. Prettier is loaded on first use:
 * its CommonJS entry cannot even be required inside jest, and the tests compare parsed JSON.
 */
export async function jsonText(value: unknown, filepath: string): Promise<string> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, filepath, parser: 'json' });
}
