import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-3', '004-2-1-4'],
  quotes: [{ source: '001-3', words: '工作部门 6 个' }],
};
