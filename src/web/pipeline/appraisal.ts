import type { FilledWorkbook } from '../../core/appraisal/collect/findCopies';
import { collectFilled, type CollectOutcome } from '../../core/appraisal/collect/collect';
import { FormRows } from '../../core/appraisal/collect/formRows';
import {
  buildAppraisalFromCheck,
  type CheckAppraisalOutcome,
} from '../../core/appraisal/fromCheck';
import type { AppraisalSettings } from '../../core/appraisal/types';
import type { Lang } from '../../core/messages';
import type { CheckResult } from '../../core/result';
import type { ImportedFile } from '../../taskpane/importer/types';

/** 生成评分表 from a check of the picked files, as `appraisal <workbook…>` builds it. */
export function generateAppraisal(
  result: CheckResult,
  settings: AppraisalSettings,
  lang: Lang,
): CheckAppraisalOutcome {
  return buildAppraisalFromCheck({ result, attendance: result.attendance, settings, lang });
}

/**
 * A filled copy as the command line keeps it (readFilled): rows from row 1, nothing past a gap
 * below the forms' area, so both front doors find the same copies.
 */
function filledWorkbook(file: ImportedFile): FilledWorkbook {
  const sheets = file.sheets.map((grid) => {
    const rows = new FormRows();
    const first = grid.firstRow ?? 1;
    grid.rows.forEach((cells, i) => {
      if (cells.length > 0) rows.add(first + i, cells);
    });
    return {
      file: file.name,
      sheet: grid.sheet,
      rows: rows.rows,
      ...(grid.hidden !== undefined ? { hidden: grid.hidden } : {}),
    };
  });
  return { file: file.name, sheets };
}

/** 汇总评分 over the filled copies the teacher picked, as `appraisal collect` gathers them. */
export function collectAppraisal(files: readonly ImportedFile[], lang: Lang): CollectOutcome {
  return collectFilled(files.map(filledWorkbook), lang);
}
