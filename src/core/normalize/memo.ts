/**
 * A string-keyed cache for pure parsers. Grade exports repeat the same few hundred texts over a
 * million rows, so parsing each distinct text once is the main saving; the bound keeps a sheet of
 * unique values (student IDs) from growing the cache without limit.
 */
export function memoByString<T>(fn: (text: string) => T, max = 50000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= max) cache = new Map<string, T>();
    cache.set(text, value);
    return value;
  };
}
