import type ExcelJS from 'exceljs';
import { quoteSheetName } from './names';

// The parts of exceljs' internal workbook model (4.4) that the fixes below touch.
interface Hyperlink {
  target: string;
  rId?: string;
}
interface PreparedModel {
  worksheets: { name: string; hyperlinks?: Hyperlink[]; rels?: { Id: string }[] }[];
  definedNames?: { name: string; ranges: string[] }[];
}
interface XlsxInternals {
  prepareModel?: (model: PreparedModel, options: unknown) => void;
}

/**
 * Excel stores an in-workbook link as `<hyperlink location="'Sheet'!A5"/>` with no relationship;
 * exceljs also adds an external relationship to `#…`, which is not a file. Keep only the location.
 */
function internalLinks(model: PreparedModel): void {
  for (const sheet of model.worksheets) {
    const dropped = new Set<string>();
    for (const link of sheet.hyperlinks ?? []) {
      if (!link.target.startsWith('#') || link.rId === undefined) continue;
      link.target = link.target.slice(1);
      dropped.add(link.rId);
      delete link.rId;
    }
    if (sheet.rels) sheet.rels = sheet.rels.filter((rel) => !dropped.has(rel.Id));
  }
}

/** exceljs writes print titles as `'It's'!$1:$1`; Excel needs the inner quote doubled. */
function printTitleQuotes(model: PreparedModel): void {
  const quoted = model.worksheets.map((s) => s.name).filter((name) => name.includes("'"));
  for (const definedName of model.definedNames ?? []) {
    if (definedName.name !== '_xlnm.Print_Titles') continue;
    definedName.ranges = definedName.ranges.map((range) => {
      const name = quoted.find((n) => range.startsWith(`'${n}'!`));
      return name === undefined ? range : quoteSheetName(name) + range.slice(name.length + 2);
    });
  }
}

/**
 * Patches this one workbook's writer (not exceljs globally) to emit in-workbook links and
 * quoted print-title names the way Excel does. Fails loudly if exceljs' internals have moved.
 */
export function applyExcelJsFixes(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as XlsxInternals;
  const original = xlsx.prepareModel;
  if (typeof original !== 'function') throw new Error('exceljs internals changed: prepareModel');
  xlsx.prepareModel = (model, options) => {
    original.call(xlsx, model, options);
    internalLinks(model);
    printTitleQuotes(model);
  };
}
