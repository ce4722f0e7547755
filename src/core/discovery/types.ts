import type { AnyField, FieldsByKind, TableKind } from '../tables';

/**
 * How one field's header is recognised. `exact` texts are compared by header key (spaces,
 * full-width forms and trailing punctuation ignored); earlier entries win when two columns compete.
 * `contains` is a weaker fallback for headers with extra words, blocked by any `exclude` word.
 */
export interface FieldSpec {
  readonly exact: readonly string[];
  readonly contains?: readonly string[];
  readonly exclude?: readonly string[];
  /** How much a match says about the table's kind; 1 for fields every kind has (学号, 姓名). */
  readonly weight: number;
}

/** Everything discovery knows about one kind of table. */
export interface KindSpec<K extends TableKind = TableKind> {
  readonly kind: K;
  readonly fields: { readonly [F in FieldsByKind[K]]: FieldSpec };
  /** Headers of this kind the product does not read (绩点, 任课教师): evidence for the kind only. */
  readonly known: readonly string[];
  /** Words in a title row or sheet name that suggest this kind (学代会, 处分). */
  readonly hints: readonly string[];
}

/** A non-empty header cell: 1-based column and its text as found. */
export interface HeaderCell {
  readonly col: number;
  readonly text: string;
}

/**
 * A teacher's correction of what discovery found on one sheet (task pane column mapping, policy
 * file). Only the parts given change; the rest stays as discovered.
 */
export interface MappingOverride {
  /** Source file; absent = this sheet name in any file. */
  readonly file?: string;
  readonly sheet: string;
  /** Which table on the sheet, counted from the top (0 = first). Default 0. */
  readonly block?: number;
  /** Drop the table: the sheet is not what discovery thought. */
  readonly ignore?: boolean;
  readonly kind?: TableKind;
  /** 1-based Excel row of the header. */
  readonly headerRow?: number;
  readonly firstDataRow?: number;
  readonly lastDataRow?: number;
  /** Field → 1-based column; `null` removes a field's column. Fields of another kind are ignored. */
  readonly columns?: Readonly<Partial<Record<AnyField, number | null>>>;
}
