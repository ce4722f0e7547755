import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-6', '004-2-2-1'],
  quotes: [
    { source: '001-6', words: '不低于所联系学生人数的 1％' },
    { source: '004-2-2-1', words: '不低于60%' },
  ],
};
