import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-3', '004-2-1-4'],
  quotes: [
    { source: '001-3', words: '不设置其他任何职务' },
    { source: '004-2-1-4', words: '不设置部长,主任等职务' },
  ],
};
