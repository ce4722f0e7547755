import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-3', '004-2-1-4'],
  quotes: [
    { source: '001-3', words: '主席团成员 5 人' },
    { source: '004-2-1-4', words: '1名执行主席、3名主席团成员' },
  ],
};
