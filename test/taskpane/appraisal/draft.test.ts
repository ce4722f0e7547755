import { settingsToJson } from '../../../src/core/appraisal/settingsJson';
import { HNJT_2021_TEMPLATE, NATIONAL_TEMPLATE } from '../../../src/core/appraisal/templates';
import { MESSAGES } from '../../../src/core/messages';
import type { MessageTable } from '../../../src/core/messages/types';
import {
  defaultDraft,
  draftFromText,
  resolveDraft,
  settingsText,
  type AppraisalDraft,
} from '../../../src/taskpane/appraisal/draft';
import { issueText } from '../../../src/taskpane/appraisal/issueText';

function resolved(draft: AppraisalDraft) {
  const parsed = resolveDraft(draft, 'zh');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe('the appraisal draft', () => {
  it('defaults to leaders per department, the 001 template, four weighted groups', () => {
    const settings = resolved(defaultDraft());
    expect(settings.template).toEqual(NATIONAL_TEMPLATE);
    expect(settings.groups.map((g) => `${g.name}:${g.weight}`)).toEqual([
      '学生代表:30',
      '团委:20',
      '学工部:30',
      '自评:20',
    ]);
    expect([settings.scope, settings.layout, settings.aggregate]).toEqual([
      'leaders',
      'per-department',
      'weighted',
    ]);
    expect(settings).not.toHaveProperty('term');
  });

  it.each<[string, Partial<AppraisalDraft>]>([
    [
      'the 004 template with a quota and a term',
      { templateChoice: 'hnjt-2021', quota: 30, term: '2025-2026-2' },
    ],
    [
      'a template of its own with weights',
      {
        templateChoice: 'custom',
        custom: [
          { name: '德', max: 40, weight: 60, description: '' },
          { name: '能', max: 10, weight: 40, description: '履职', evidence: 'attendance' },
        ],
        groups: [{ name: '评委1' }, { name: '评委2' }],
        aggregate: 'trimmed',
        scope: 'all',
        layout: 'single',
      },
    ],
  ])('reads back what it saved: %s', (_name, patch) => {
    const settings = resolved({ ...defaultDraft(), ...patch });
    const back = draftFromText(settingsText(settings), 'zh');
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(settingsToJson(resolved(back.value))).toEqual(settingsToJson(settings));
    expect(back.value.templateChoice).toBe(patch.templateChoice);
  });

  it('recognises a saved built-in template, and trims group names', () => {
    const settings = resolved({
      ...defaultDraft(),
      templateChoice: 'hnjt-2021',
      groups: [{ name: ' 团委 ' }],
      aggregate: 'mean',
    });
    expect(settings.template).toEqual(HNJT_2021_TEMPLATE);
    expect(settings.groups).toEqual([{ name: '团委' }]);
  });

  it('turns damaged saved text into issues, not defaults', () => {
    const broken = draftFromText('{"scope":', 'zh');
    expect(broken.ok ? [] : broken.issues.map((i) => i.messageKey)).toEqual([
      'ui.appraisal.storedBroken',
    ]);
    const invalid = draftFromText(
      JSON.stringify({ template: { name: 'x', dimensions: [] } }),
      'zh',
    );
    expect(invalid.ok).toBe(false);
  });

  it('says setting problems in the pane’s words: items by number, no command-line flags', () => {
    const parsed = resolveDraft(
      {
        ...defaultDraft(),
        templateChoice: 'custom',
        custom: [{ name: '', max: 0, description: '' }],
        groups: [{ name: '学生代表', weight: 30 }, { name: '团委' }],
      },
      'zh',
    );
    if (parsed.ok) throw new Error('must not resolve');
    const texts = parsed.issues.map((i) => issueText(i, 'zh'));
    expect(texts).toEqual(
      expect.arrayContaining([
        '第1个维度：维度名称不能为空。',
        expect.stringMatching(/^第1个维度：满分须为大于 0/) as unknown,
        MESSAGES['ui.appraisal.needsWeights'].zh,
      ]),
    );
    expect(texts.join('\n')).not.toMatch(/--|dimensions\[/);
  });
});

describe('ui.appraisal keys the pane builds from values', () => {
  it('has every one, in Chinese and English', () => {
    const built = [
      ...['national', 'hnjt-2021', 'custom'].map((v) => `ui.appraisal.template.${v}`),
      ...['excellent', 'good', 'pass'].map((v) => `ui.appraisal.band.${v}`),
      ...['discover', 'read', 'compute', 'write'].map((v) => `ui.appraisal.progress.${v}`),
      ...['generate', 'collect'].map((v) => `ui.appraisal.failed.${v}`),
      ...['leaders', 'all'].map((v) => `appraisal.scope.${v}`),
      ...['per-department', 'single'].map((v) => `appraisal.layout.${v}`),
      ...['mean', 'trimmed', 'weighted'].map((v) => `appraisal.aggregate.${v}`),
    ];
    const all: MessageTable = MESSAGES;
    expect(built.filter((key) => !all[key]?.zh || !all[key]?.en)).toEqual([]);
  });
});
