import { bandOf, parseBandsSpec, validateQuota } from '../../src/core/appraisal/bands';
import { groupsFromJson, parseGroupsSpec } from '../../src/core/appraisal/groups';
import { resolveSettings } from '../../src/core/appraisal/settings';
import { NATIONAL_TEMPLATE } from '../../src/core/appraisal/templates';
import { t } from '../../src/core/messages';

const issueKeys = (parsed: { ok: boolean; issues?: readonly { messageKey: string }[] }) =>
  parsed.ok ? [] : (parsed.issues ?? []).map((i) => i.messageKey);

describe('scorer groups', () => {
  it('parses weighted groups, with full-width punctuation and percent signs', () => {
    const parsed = parseGroupsSpec('学生代表:30，团委：20%,学工部:30、自评:20');
    expect(parsed).toEqual({
      ok: true,
      value: [
        { name: '学生代表', weight: 30 },
        { name: '团委', weight: 20 },
        { name: '学工部', weight: 30 },
        { name: '自评', weight: 20 },
      ],
    });
  });

  it('parses unweighted panel members', () => {
    const parsed = parseGroupsSpec('评委1,评委2,评委3');
    expect(parsed.ok && parsed.value.map((g) => g.weight)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reports bad weights, partial weights, duplicates and reserved names', () => {
    expect(issueKeys(parseGroupsSpec('学生代表:abc,团委:20'))).toEqual([
      'appraisal.groups.weightInvalid',
    ]);
    expect(issueKeys(parseGroupsSpec('学生代表:30,团委'))).toEqual([
      'appraisal.groups.weightPartial',
    ]);
    expect(issueKeys(parseGroupsSpec('团委,团委'))).toEqual(['appraisal.groups.nameDuplicate']);
    expect(issueKeys(parseGroupsSpec('排名'))).toEqual(['appraisal.groups.nameReserved']);
    expect(issueKeys(parseGroupsSpec(' , '))).toEqual(['appraisal.groups.empty']);
  });

  it('reads groups back from JSON, turning junk into issues', () => {
    expect(groupsFromJson([{ name: '团委', weight: 20 }, { name: 5 }])).toEqual([
      { name: '团委', weight: 20 },
      { name: '' },
    ]);
    expect(groupsFromJson('x')).toBeUndefined();
  });
});

describe('grade bands and quota', () => {
  it('parses thresholds and rejects a wrong order', () => {
    expect(parseBandsSpec('90,75,60')).toEqual({
      ok: true,
      value: { excellent: 90, good: 75, pass: 60 },
    });
    expect(issueKeys(parseBandsSpec('70,85,60'))).toEqual(['appraisal.bands.order']);
    expect(issueKeys(parseBandsSpec('85,70'))).toEqual(['appraisal.bands.count']);
    expect(issueKeys(parseBandsSpec('185,70,60'))).toEqual(['appraisal.bands.range']);
    expect(issueKeys(validateQuota(0))).toEqual(['appraisal.quota.invalid']);
  });

  it('bands a total by the lower bounds', () => {
    const bands = { excellent: 85, good: 70, pass: 60 };
    expect([85, 84.99, 70, 60, 59.9].map((v) => bandOf(v, bands))).toEqual([
      'excellent',
      'good',
      'good',
      'pass',
      'fail',
    ]);
  });
});

describe('resolveSettings', () => {
  it('fills defaults: one review panel, mean, 85/70/60, leaders, one form per department', () => {
    const parsed = resolveSettings({ template: NATIONAL_TEMPLATE }, 'zh');
    expect(parsed.ok && parsed.value).toMatchObject({
      groups: [{ name: t('appraisal.group.panel', 'zh') }],
      aggregate: 'mean',
      bands: { excellent: 85, good: 70, pass: 60 },
      scope: 'leaders',
      layout: 'per-department',
    });
  });

  it('chooses the weighted aggregate when groups carry weights, and refuses it when they do not', () => {
    const weighted = resolveSettings(
      {
        template: NATIONAL_TEMPLATE,
        groups: [
          { name: 'a', weight: 1 },
          { name: 'b', weight: 3 },
        ],
      },
      'zh',
    );
    expect(weighted.ok && weighted.value.aggregate).toBe('weighted');
    const refused = resolveSettings(
      { template: NATIONAL_TEMPLATE, groups: [{ name: 'a' }], aggregate: 'weighted' },
      'zh',
    );
    expect(issueKeys(refused)).toEqual(['appraisal.aggregate.needsWeights']);
  });
});
