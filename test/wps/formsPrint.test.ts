import { DEFAULT_MARGINS } from '../../src/core/report/writerDefaults';
/**
 * The forms are printed and signed, and typed by scorers: the WPS adapter writes every score
 * range's rule and every sheet's print setup the core's model asks for (A4, orientation, one page
 * wide, header rows repeated), as the Excel adapter does.
 */
import { createWpsGateway } from '../../src/wps/gateway';
import { XL_OPERATOR, XL_VALIDATE } from '../../src/wps/et';
import { weightedScenario } from '../appraisal/scenarios';
import { WpsDouble } from '../wps-double';
import { a1Of } from '../wps-double/state';

describe('appraisal forms written by the WPS adapter', () => {
  it('carry the model’s score rules and print setup', async () => {
    const { model } = weightedScenario().build;
    const double = new WpsDouble();
    double.addSheet('Sheet1');
    await createWpsGateway(double.app).writeWorkbookModel(model);
    let rules = 0;
    let printed = 0;
    for (const sheet of model.sheets) {
      const state = double.sheet(sheet.name);
      const want = (sheet.validations ?? []).map((v) => ({
        range: v.range,
        type: XL_VALIDATE[v.type],
        operator:
          v.type === 'list' || (v.min !== undefined && v.max !== undefined)
            ? XL_OPERATOR.between
            : v.min !== undefined
              ? XL_OPERATOR.atLeast
              : XL_OPERATOR.atMost,
        input: v.prompt,
        error: v.error,
      }));
      expect({
        sheet: sheet.name,
        rules: state.validations.map((v) => ({
          range: v.rects.map(a1Of).join(','),
          type: v.type,
          operator: v.operator,
          input: v.input,
          error: v.error,
        })),
      }).toEqual({ sheet: sheet.name, rules: want });
      rules += want.length;
      if (sheet.print) {
        expect({ sheet: sheet.name, page: state.page }).toMatchObject({
          sheet: sheet.name,
          page: {
            PaperSize: 9,
            Orientation: sheet.print.orientation === 'landscape' ? 2 : 1,
            ...(sheet.print.titleRows
              ? { PrintTitleRows: sheet.print.titleRows.replace(/(\d+)/g, '$$$1') }
              : {}),
            ...(sheet.print.fitToWidth ? { FitToPagesWide: 1, Zoom: false } : {}),
            // Inches in the model, points in VBA: the same margins the other writers set.
            TopMargin: (sheet.print.margins ?? DEFAULT_MARGINS).top * 72,
            LeftMargin: (sheet.print.margins ?? DEFAULT_MARGINS).left * 72,
          },
        });
        printed++;
      }
    }
    expect(rules).toBeGreaterThan(2);
    expect(printed).toBeGreaterThan(2);
  });
});
