import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['004-2-1-4'],
  quotes: [{ source: '004-2-1-4', words: '不得超过联系服务学生总人数的1%' }],
};
