/** Table discovery: where the teacher's tables are and which column holds what. */
export { discoverTables } from './discoverTables';
export { applyOverrides } from './overrides';
export { describeMissing, describeNoTable } from './describeMissing';
export { REQUIRED_FIELDS, missingFields } from './required';
export { KIND_SPECS, fieldsOf, specOf } from './synonyms';
export { matchHeaders } from './matchHeaders';
export type { FieldSpec, HeaderCell, KindSpec, MappingOverride } from './types';
