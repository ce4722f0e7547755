import { RichApiError } from './errors';
import { DObject, type Prop } from './proxy';
import type { WorkbookState } from './state';

/** Workbooks whose structure is protected (Review > Protect Workbook); kept beside the state. */
const locked = new WeakSet<WorkbookState>();

/** Protects or unprotects the workbook's structure (tests do it as the teacher would). */
export function lockStructure(wb: WorkbookState, on = true): void {
  if (on) locked.add(wb);
  else locked.delete(wb);
}

/** Adding, deleting, renaming, hiding or showing a sheet fails like Excel's while the structure is protected. */
export function assertStructureOpen(wb: WorkbookState): void {
  if (locked.has(wb))
    throw new RichApiError(
      'AccessDenied',
      'The workbook structure is protected; sheets cannot be added, deleted, renamed or hidden.',
      'Workbook.protection',
    );
}

/** `WorkbookProtection`: `protected` only (the product never protects or unprotects). */
export class WorkbookProtectionP extends DObject<WorkbookState> {
  get __type(): string {
    return 'WorkbookProtection';
  }
  __props(): Readonly<Record<string, Prop<WorkbookState>>> {
    return { protected: { get: (t) => locked.has(t) } };
  }
}
