import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['004-2-1-3', '001-7'],
  quotes: [{ source: '004-2-1-3', words: '违反校级校规' }],
};
