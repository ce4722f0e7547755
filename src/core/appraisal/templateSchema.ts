import { reservedHeaders } from './headers';
import { isRecord, settingError, shown, toParsed } from './issues';
import type { AppraisalTemplate, Dimension, EvidenceKind } from './types';
import type { Issue, Result } from '../issue';

export const MAX_DIMENSIONS = 20;
export const MAX_POINTS = 1000;
const TEMPLATE_KEYS = new Set(['name', 'dimensions']);
const DIMENSION_KEYS = new Set(['name', 'max', 'weight', 'description', 'evidence']);
const EVIDENCE: readonly EvidenceKind[] = ['academic', 'attendance'];

function unknownKeys(
  value: Readonly<Record<string, unknown>>,
  known: ReadonlySet<string>,
  path: string,
) {
  return Object.keys(value)
    .filter((key) => !known.has(key))
    .map((key) => settingError('appraisal.template.unknownKey', path ? `${path}.${key}` : key));
}

function isPositive(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max;
}

function parseDimension(raw: unknown, path: string, issues: Issue[]): Dimension | undefined {
  if (!isRecord(raw)) {
    issues.push(settingError('appraisal.template.dimNotObject', path));
    return undefined;
  }
  issues.push(...unknownKeys(raw, DIMENSION_KEYS, path));
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!name) issues.push(settingError('appraisal.template.dimNameMissing', `${path}.name`));
  else if (reservedHeaders().has(name))
    issues.push(settingError('appraisal.template.dimNameReserved', `${path}.name`, { name }));
  if (!isPositive(raw.max, MAX_POINTS))
    issues.push(
      settingError('appraisal.template.maxInvalid', `${path}.max`, {
        value: shown(raw.max),
        limit: MAX_POINTS,
      }),
    );
  if (raw.weight !== undefined && !isPositive(raw.weight, MAX_POINTS))
    issues.push(
      settingError('appraisal.template.weightInvalid', `${path}.weight`, {
        value: shown(raw.weight),
      }),
    );
  if (raw.description !== undefined && typeof raw.description !== 'string')
    issues.push(settingError('appraisal.template.descriptionInvalid', `${path}.description`));
  const evidence = EVIDENCE.find((kind) => kind === raw.evidence);
  if (raw.evidence !== undefined && !evidence)
    issues.push(
      settingError('appraisal.template.evidenceInvalid', `${path}.evidence`, {
        value: shown(raw.evidence),
      }),
    );
  return {
    name,
    max: Number(raw.max),
    ...(typeof raw.weight === 'number' ? { weight: raw.weight } : {}),
    description: typeof raw.description === 'string' ? raw.description.trim() : '',
    ...(evidence ? { evidence } : {}),
  };
}

/** Checks across dimensions; `at` holds each dimension's index in the file, for the paths. */
function crossChecks(dimensions: readonly Dimension[], at: readonly number[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  dimensions.forEach((dim, i) => {
    if (dim.name && seen.has(dim.name))
      issues.push(
        settingError('appraisal.template.dimNameDuplicate', `dimensions[${at[i] ?? i}].name`, {
          name: dim.name,
        }),
      );
    seen.add(dim.name);
  });
  const weighted = dimensions.filter((dim) => dim.weight !== undefined).length;
  if (weighted > 0 && weighted < dimensions.length)
    issues.push(settingError('appraisal.template.weightPartial', 'dimensions'));
  for (const kind of EVIDENCE) {
    if (dimensions.filter((dim) => dim.evidence === kind).length > 1)
      issues.push(
        settingError('appraisal.template.evidenceDuplicate', 'dimensions', { evidence: kind }),
      );
  }
  return issues;
}

/** Validates a template read from JSON (a teacher's own or a saved one); every problem is reported. */
export function parseTemplate(raw: unknown): Result<AppraisalTemplate> {
  if (!isRecord(raw))
    return { ok: false, issues: [settingError('appraisal.template.notObject', '')] };
  const issues: Issue[] = unknownKeys(raw, TEMPLATE_KEYS, '');
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (raw.name !== undefined && typeof raw.name !== 'string')
    issues.push(settingError('appraisal.template.nameInvalid', 'name', { value: shown(raw.name) }));
  else if (!name) issues.push(settingError('appraisal.template.nameMissing', 'name'));
  const list: readonly unknown[] = Array.isArray(raw.dimensions)
    ? (raw.dimensions as unknown[])
    : [];
  if (raw.dimensions !== undefined && !Array.isArray(raw.dimensions))
    issues.push(
      settingError('appraisal.template.dimensionsNotList', 'dimensions', {
        value: shown(raw.dimensions),
      }),
    );
  else if (list.length === 0)
    issues.push(settingError('appraisal.template.dimensionsMissing', 'dimensions'));
  if (list.length > MAX_DIMENSIONS)
    issues.push(
      settingError('appraisal.template.tooManyDimensions', 'dimensions', {
        count: list.length,
        limit: MAX_DIMENSIONS,
      }),
    );
  const read = list.flatMap((item, i) => {
    const dim = parseDimension(item, `dimensions[${i}]`, issues);
    return dim ? [{ dim, i }] : [];
  });
  const dimensions = read.map((r) => r.dim);
  issues.push(
    ...crossChecks(
      dimensions,
      read.map((r) => r.i),
    ),
  );
  return toParsed(issues, () => ({ name, dimensions }));
}

/** The template as plain JSON data (what the pane saves with the workbook's settings). */
export function templateToJson(template: AppraisalTemplate): unknown {
  return JSON.parse(JSON.stringify(template)) as unknown;
}
