import type { Citation } from '../define';

export const CITATION: Citation = {
  sources: ['national-form'],
  quotes: [{ source: 'national-form', words: '除一年级新生外' }],
};
