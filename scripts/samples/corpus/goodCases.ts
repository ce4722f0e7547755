import { bigUsedRange, gb18030, schoolRank, utf8Bom } from './fileCases';
import { qiangzhi, reorderedFullwidth, textGrades, titleMerged, zhengfangOld } from './sheetCases';

/** Every good case, in README order. */
export const GOOD_CASES = [
  titleMerged,
  reorderedFullwidth,
  qiangzhi,
  zhengfangOld,
  textGrades,
  schoolRank,
  utf8Bom,
  gb18030,
  bigUsedRange,
];
