/** The codes the double raises; they are the real `Excel.ErrorCodes` strings (documentation). */
export type DoubleErrorCode =
  | 'AccessDenied'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidObjectPath'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'InvalidOperationInCellEditMode';

/** Shaped like `OfficeExtension.Error`: the adapter only looks at `code` (and `debugInfo`). */
export class RichApiError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/**
 * The adapter used something the double does not model. This is a programmer error (either the
 * double must learn it, or the adapter should not use it), never a simulated Excel failure.
 */
export class DoubleMisuse extends Error {
  constructor(message: string) {
    super(`[excel-double] ${message}`);
    this.name = 'DoubleMisuse';
  }
}

/** The error real Office.js throws when a property is read before `load` + `sync`. */
export function notLoaded(typeName: string, prop: string): RichApiError {
  return new RichApiError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${prop}`,
  );
}
