/** UTF-8 length of a string, without allocating (browser and Node alike). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a string as a JSON string literal: quotes, and escapes where JSON needs them. */
function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function plain(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

/**
 * Bytes of a value serialised as JSON, the way the payload travels between add-in and host.
 * Arrays of plain values (the `values` of a large range) are measured without building the
 * string; anything else goes through JSON.stringify. Both give the same count.
 */
export function jsonBytes(value: unknown): number {
  if (typeof value === 'string') return stringBytes(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (Array.isArray(value)) {
    let n = value.length > 0 ? value.length + 1 : 2;
    for (const v of value as unknown[]) {
      if (Array.isArray(v) || plain(v)) n += jsonBytes(v);
      else {
        const s = JSON.stringify(v);
        n += s === undefined ? 4 : utf8Length(s);
      }
    }
    return n;
  }
  const s = JSON.stringify(value);
  return s === undefined ? 0 : utf8Length(s);
}
