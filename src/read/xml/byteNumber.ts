const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number that bytes `a`..`b` spell when they are a plain decimal (`-12`, `73.5`) of at most 15
 * digits: then mantissa / 10^k is one correctly rounded division, exactly what `Number()` gives.
 * Anything else (exponents, spaces, `+`, long mantissas) gives NaN, and the caller uses `Number()`.
 */
export function plainNumber(buf: Uint8Array, a: number, b: number): number {
  let i = a;
  const negative = buf[i] === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < b; i++) {
    const byte = buf[i] ?? 0;
    if (byte >= 0x30 && byte <= 0x39) {
      mantissa = mantissa * 10 + (byte - 0x30);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (byte === 0x2e && fraction < 0) {
      fraction = 0;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction > 0 ? mantissa / (POW10[fraction] ?? 1) : mantissa;
  return negative ? -value : value;
}
