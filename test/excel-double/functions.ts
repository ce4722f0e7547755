import { RichApiError } from './errors';
import { DObject, type Prop } from './proxy';
import type { WorkbookState } from './state';

/** The value a worksheet function gave (`FunctionResult`): a number, or an error's text. */
interface Outcome {
  readonly value: number | null;
  readonly error: string | null;
}

const RESULT_PROPS: Record<string, Prop<Outcome>> = {
  value: { get: (t) => t.value },
  error: { get: (t) => t.error },
};

/** `FunctionResult<number>`. */
export class FunctionResultP extends DObject<Outcome> {
  get __type(): string {
    return 'FunctionResult';
  }
  __props(): Readonly<Record<string, Prop<Outcome>>> {
    return RESULT_PROPS;
  }
}

const DAY_MS = 86_400_000;

/** DATE(year, month, day) as Excel computes it in the workbook's date system. */
function dateSerial(wb: WorkbookState, year: number, month: number, day: number): Outcome {
  const epoch = wb.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = Math.round((Date.UTC(year, month - 1, day) - epoch) / DAY_MS);
  // The 1900 system counts the fictitious 1900-02-29: days before March 1900 are one lower.
  const serial = !wb.date1904 && days < 61 ? days - 1 : days;
  return serial < 0 ? { value: null, error: '#NUM!' } : { value: serial, error: null };
}

/** `workbook.functions` (ExcelApi 1.2): only the functions the adapter calls. */
export class FunctionsP extends DObject<WorkbookState> {
  get __type(): string {
    return 'Functions';
  }
  __props(): Readonly<Record<string, Prop<WorkbookState>>> {
    return {};
  }
  date(year: number, month: number, day: number): FunctionResultP {
    return this.__create('date', { year, month, day }, false, FunctionResultP, (wb) => {
      if (![year, month, day].every(Number.isFinite))
        throw new RichApiError('InvalidArgument', 'DATE takes numbers here.');
      return dateSerial(wb, year, month, day);
    });
  }
}
