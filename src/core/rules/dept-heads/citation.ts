import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-3'],
  quotes: [{ source: '001-3', words: '负责人 2-3 人' }],
};
