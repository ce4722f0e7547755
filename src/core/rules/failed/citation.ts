import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-4', '004-2-1-3'],
  quotes: [{ source: '001-4', words: '无课业不及格情况' }],
};
