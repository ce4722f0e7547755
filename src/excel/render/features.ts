import type { ModelPrint, ModelSheet, ModelValidation } from '../../core/report/sheetModel';
import { areaAddress, columnsAddress, sheetCellAddress } from '../address';
import { DEFAULT_MARGINS, widthPoints } from '../../core/report/writerDefaults';
import { bytesOf, type Step } from './step';

function step(payload: unknown, apply: Step['apply']): Step {
  return { bytes: bytesOf(payload), apply };
}

/** A data bar's fixed end (its value as a formula string, as ExcelApi 1.6 takes it). */
function numberBound(value: number): Excel.ConditionalDataBarRule {
  return { type: 'Number', formula: String(value) };
}

function validationRule(v: ModelValidation): Excel.DataValidationRule {
  if (v.type === 'list')
    return { list: { inCellDropDown: true, source: (v.list ?? []).join(',') } };
  const operator =
    v.min !== undefined && v.max !== undefined
      ? 'Between'
      : v.min !== undefined
        ? 'GreaterThanOrEqualTo'
        : 'LessThanOrEqualTo';
  const basic: Excel.BasicDataValidation = {
    operator,
    formula1: v.min ?? v.max ?? 0,
    ...(v.min !== undefined && v.max !== undefined ? { formula2: v.max } : {}),
  };
  return v.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

function validationSteps(sheet: ModelSheet): Step[] {
  return (sheet.validations ?? []).map((v) =>
    step(v, ({ ws }) => {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = validationRule(v);
      if (v.prompt) dv.prompt = { showPrompt: true, message: v.prompt, title: '' };
      if (v.error) dv.errorAlert = { showAlert: true, message: v.error, style: 'Stop', title: '' };
    }),
  );
}

/** `5:5` → `$5:$5`, the form setPrintTitleRows takes. */
function absoluteRows(rows: string): string {
  return rows
    .split(':')
    .map((r) => `$${r.replace(/\$/g, '')}`)
    .join(':');
}

function printSteps(print: ModelPrint | undefined): Step[] {
  if (!print) return [];
  const m = print.margins ?? DEFAULT_MARGINS;
  return [
    step(print, ({ ws }) => {
      const page = ws.pageLayout;
      page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      page.paperSize = 'A4';
      page.topMargin = m.top * 72;
      page.bottomMargin = m.bottom * 72;
      page.leftMargin = m.left * 72;
      page.rightMargin = m.right * 72;
      if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.titleRows) page.setPrintTitleRows(absoluteRows(print.titleRows));
      if (print.area) page.setPrintArea(print.area);
    }),
  ];
}

function freezeSteps(sheet: ModelSheet): Step[] {
  const f = sheet.freeze;
  if (!f) return [];
  const rows = f.rows;
  const cols = f.cols ?? 0;
  return [
    step(f, ({ ws }) => {
      if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(areaAddress(1, 1, rows, cols));
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
      else if (cols > 0) ws.freezePanes.freezeColumns(cols);
    }),
  ];
}

function linkSteps(sheet: ModelSheet): Step[] {
  const steps: Step[] = [];
  sheet.rows.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      const link = cell?.link;
      if (!link) return;
      const address = areaAddress(i + 1, j + 1);
      const text = String(cell.value ?? link.sheet);
      const target = sheetCellAddress(link.sheet, link.row, link.col ?? 1);
      steps.push(
        step(
          [address, target, text],
          ({ ws }) =>
            (ws.getRange(address).hyperlink = { documentReference: target, textToDisplay: text }),
        ),
      );
    }),
  );
  return steps;
}

/** Merges, widths, tables, validations, data bars, links, frozen panes and print setup. */
export function featureSteps(sheet: ModelSheet): Step[] {
  const steps: Step[] = [];
  sheet.columnWidths?.forEach((w, i) => {
    if (w > 0)
      steps.push(
        step(
          w,
          ({ ws }) => (ws.getRange(columnsAddress(i + 1)).format.columnWidth = widthPoints(w)),
        ),
      );
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {}))
    steps.push(step(height, ({ ws }) => (ws.getRange(`${row}:${row}`).format.rowHeight = height)));
  for (const t of sheet.tables ?? []) {
    const address = areaAddress(
      t.headerRow,
      t.firstCol,
      t.headerRow + Math.max(t.rowCount, 1),
      t.firstCol + t.columnCount - 1,
    );
    steps.push(
      step(t, (target) =>
        target.tables.push({ table: target.ws.tables.add(address, true), name: t.name }),
      ),
    );
  }
  for (const m of sheet.merges ?? []) steps.push(step(m, ({ ws }) => ws.getRange(m).merge(false)));
  steps.push(...validationSteps(sheet));
  for (const bar of sheet.dataBars ?? [])
    steps.push(
      step(bar, ({ ws }) => {
        const cf = ws.getRange(bar.range).conditionalFormats.add('DataBar');
        cf.dataBar.positiveFormat.fillColor = bar.color;
        if (bar.min !== undefined) cf.dataBar.lowerBoundRule = numberBound(bar.min);
        if (bar.max !== undefined) cf.dataBar.upperBoundRule = numberBound(bar.max);
      }),
    );
  steps.push(...linkSteps(sheet), ...freezeSteps(sheet), ...printSteps(sheet.print));
  return steps;
}
