import { reservedHeaders } from './headers';
import { settingError, toParsed } from './issues';
import type { ScorerGroup } from './types';
import type { Issue, Result } from '../issue';

export const MAX_GROUPS = 12;

/** Checks names (unique, not a header) and weights (positive, all or none). */
export function validateGroups(groups: readonly ScorerGroup[]): Result<readonly ScorerGroup[]> {
  const issues: Issue[] = [];
  if (groups.length === 0) issues.push(settingError('appraisal.groups.empty', 'groups'));
  if (groups.length > MAX_GROUPS)
    issues.push(
      settingError('appraisal.groups.tooMany', 'groups', {
        count: groups.length,
        limit: MAX_GROUPS,
      }),
    );
  const seen = new Set<string>();
  groups.forEach((group, i) => {
    const path = `groups[${i}]`;
    if (!group.name) issues.push(settingError('appraisal.groups.nameMissing', path));
    else if (reservedHeaders().has(group.name))
      issues.push(settingError('appraisal.groups.nameReserved', path, { name: group.name }));
    else if (seen.has(group.name))
      issues.push(settingError('appraisal.groups.nameDuplicate', path, { name: group.name }));
    seen.add(group.name);
    if (group.weight !== undefined && !(Number.isFinite(group.weight) && group.weight > 0))
      issues.push(
        settingError('appraisal.groups.weightInvalid', path, {
          name: group.name,
          value: String(group.weight),
        }),
      );
  });
  const weighted = groups.filter((group) => group.weight !== undefined).length;
  if (weighted > 0 && weighted < groups.length)
    issues.push(settingError('appraisal.groups.weightPartial', 'groups'));
  return toParsed(issues, () => groups);
}

function parseOne(part: string, index: number, issues: Issue[]): ScorerGroup {
  const [rawName = '', rawWeight, ...extra] = part.split(/[:：]/);
  const name = rawName.trim();
  if (rawWeight === undefined) return { name };
  const text = rawWeight.trim().replace(/[%％]$/, '');
  const weight = text === '' || extra.length > 0 ? Number.NaN : Number(text);
  if (!Number.isFinite(weight) || weight <= 0)
    issues.push(
      settingError('appraisal.groups.weightInvalid', `groups[${index}]`, {
        name,
        value: rawWeight.trim(),
      }),
    );
  return { name, weight };
}

/** Parses `学生代表:30,团委:20,自评:20` (or names without weights, `评委1,评委2`); full-width punctuation is accepted. */
export function parseGroupsSpec(spec: string): Result<readonly ScorerGroup[]> {
  const issues: Issue[] = [];
  const parts = spec
    .split(/[,，、;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const groups = parts.map((part, i) => parseOne(part, i, issues));
  if (issues.length > 0) return toParsed(issues, () => groups);
  return validateGroups(groups);
}

/** Whether the groups carry weights (then `weighted` is the natural aggregate). */
export function hasWeights(groups: readonly ScorerGroup[]): boolean {
  return groups.length > 0 && groups.every((group) => group.weight !== undefined);
}

/** Groups from saved JSON; malformed items become nameless groups so validation reports them. */
export function groupsFromJson(raw: unknown): ScorerGroup[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.map((item: unknown): ScorerGroup => {
    const record =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const name = typeof record.name === 'string' ? record.name.trim() : '';
    if (record.weight === undefined) return { name };
    return { name, weight: typeof record.weight === 'number' ? record.weight : Number.NaN };
  });
}
