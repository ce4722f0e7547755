import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-5', '004-2-1-3'],
  quotes: [{ source: '001-5', words: '不少于 50％' }],
};
