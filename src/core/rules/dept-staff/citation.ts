import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['001-3'],
  quotes: [{ source: '001-3', words: '工作人员一般不得超过 6 人' }],
};
