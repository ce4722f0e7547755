import { richCode } from './errors';
import { isMarkFormula } from '../core/marks';

/** The product's highlights on the sheets asked about, and the sheets whose rules Excel would not give. */
export interface MarksRead {
  readonly marks: ReadonlyMap<Excel.Worksheet, readonly Excel.ConditionalFormat[]>;
  /** Names of sheets whose conditional formats could not be read: left as they are. */
  readonly unreadable: readonly string[];
}

interface Sheet {
  readonly ws: Excel.Worksheet;
  readonly name: string;
}

function queue(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
}

function marksOf(cfs: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return cfs.items.filter(
    (cf) =>
      cf.type === 'Custom' &&
      !cf.customOrNullObject.isNullObject &&
      isMarkFormula(cf.customOrNullObject.rule.formula),
  );
}

/**
 * Whether Excel's answer came from loading the conditional formats (its errorLocation says so);
 * only then is the batch tried sheet by sheet. Any other failure (cell-edit mode, a failed sync)
 * goes to the caller like every other read's.
 */
function perSheetWorthTrying(error: unknown): boolean {
  if (richCode(error) === undefined) return false;
  const info = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
  return (
    typeof info?.errorLocation === 'string' && info.errorLocation.includes('ConditionalFormat')
  );
}

/**
 * Reads the product's highlights on `sheets` only (the sheets the action touches), in one sync.
 * Excel sometimes cannot load a sheet's conditional formats (a GeneralException on some rule
 * kinds, reported against Excel on the web and Mac); then each sheet is read in its own sync and
 * a sheet that still fails is named in `unreadable` instead of stopping the whole action.
 */
export async function readMarks(
  ctx: Excel.RequestContext,
  sheets: readonly Sheet[],
): Promise<MarksRead> {
  if (sheets.length === 0) return { marks: new Map(), unreadable: [] };
  const all = sheets.map((s) => queue(s.ws));
  try {
    await ctx.sync();
    return { marks: new Map(sheets.map((s, i) => [s.ws, marksOf(all[i]!)])), unreadable: [] };
  } catch (error) {
    if (!perSheetWorthTrying(error)) throw error;
  }
  const marks = new Map<Excel.Worksheet, Excel.ConditionalFormat[]>();
  const unreadable: string[] = [];
  for (const s of sheets) {
    const cfs = queue(s.ws);
    try {
      await ctx.sync();
      marks.set(s.ws, marksOf(cfs));
    } catch (error) {
      if (!perSheetWorthTrying(error)) throw error;
      unreadable.push(s.name);
    }
  }
  return { marks, unreadable };
}
