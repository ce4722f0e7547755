import type { CellValue } from '../../../core/cells';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?/;

/**
 * A `<Data ss:Type="…">` value as the .xlsx reader gives the same cell: Number → number (an ID
 * stored as a number has lost what Excel lost, and the core says so), DateTime → a UTC Date,
 * Boolean → true/false, Error → `{ error }`, String and anything else → text.
 */
export function dataValue(type: string | undefined, text: string): CellValue {
  switch ((type ?? 'String').toLowerCase()) {
    case 'number': {
      const n = text.trim() === '' ? NaN : Number(text);
      return Number.isFinite(n) ? n : text === '' ? null : text;
    }
    case 'datetime': {
      const m = ISO_DATE.exec(text.trim());
      if (!m) return text === '' ? null : text;
      const [, y, mo, d, h, mi, s, ms] = m;
      return new Date(
        Date.UTC(
          Number(y),
          Number(mo) - 1,
          Number(d),
          Number(h ?? 0),
          Number(mi ?? 0),
          Number(s ?? 0),
          Number((ms ?? '0').padEnd(3, '0')),
        ),
      );
    }
    case 'boolean':
      return text.trim() === '1' || text.trim().toLowerCase() === 'true';
    case 'error':
      return { error: text.trim() };
    default:
      return text === '' ? null : text;
  }
}
