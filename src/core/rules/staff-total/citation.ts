import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-3', 'national-form', '004-2-1-4'],
  quotes: [
    { source: '001-3', words: '60 人以内' },
    { source: '004-2-1-4', words: '不得超过40人' },
  ],
};
