import { richCode } from './errors';

/**
 * Whether Excel refused the work because another workbook took focus meanwhile. Microsoft lists
 * InvalidSelection for Worksheet.delete then ("Troubleshooting Excel add-ins: API limitations when
 * the active workbook switches"), and builds answer InvalidOperation saying the workbook is not
 * active. The GeneralException the same page lists for WorksheetCollection.add is not retried: it
 * is also Excel's answer to a full disk or a corrupt file, where trying again only repeats it.
 */
export function focusLost(error: unknown): boolean {
  const code = richCode(error);
  if (code === 'InvalidSelection') return true;
  const message = error instanceof Error ? error.message : '';
  return code === 'InvalidOperation' && /not (the )?active|inactive/i.test(message);
}

/** Excel refused the request as too large (the web's limit is below the documented 5 MB at times). */
export function requestTooLarge(error: unknown): boolean {
  return richCode(error) === 'RequestPayloadSizeLimitExceeded';
}
