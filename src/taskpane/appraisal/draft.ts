import { resolveSettings } from '../../core/appraisal/settings';
import { parseSettingsJson, settingsToJson } from '../../core/appraisal/settingsJson';
import { BUILT_IN_TEMPLATES, NATIONAL_TEMPLATE } from '../../core/appraisal/templates';
import type {
  AggregateMethod,
  AppraisalLayout,
  AppraisalScope,
  AppraisalSettings,
  AppraisalTemplate,
  BandThresholds,
  Dimension,
  ScorerGroup,
} from '../../core/appraisal/types';
import { t, type Lang } from '../../core/messages';
import type { Result } from '../../core/issue';

/** A built-in template by its CLI name, or the teacher's own. */
export type TemplateChoice = 'national' | 'hnjt-2021' | 'custom';

/** What the 考核评议 tab edits: the settings before validation (the core validates on resolve). */
export interface AppraisalDraft {
  readonly scope: AppraisalScope;
  readonly layout: AppraisalLayout;
  readonly templateChoice: TemplateChoice;
  /** The teacher's own dimensions; kept while a built-in is picked, so switching back loses nothing. */
  readonly custom: readonly Dimension[];
  readonly groups: readonly ScorerGroup[];
  readonly aggregate: AggregateMethod;
  readonly bands: BandThresholds;
  readonly quota?: number;
  readonly term: string;
  readonly school: string;
}

/** Scorer groups seen in schools: student representatives, the league committee, student affairs, self. */
export const DEFAULT_GROUPS: readonly ScorerGroup[] = [
  { name: '学生代表', weight: 30 },
  { name: '团委', weight: 20 },
  { name: '学工部', weight: 30 },
  { name: '自评', weight: 20 },
];

/** The tab's first state: leaders, per department, the national template, four weighted groups. */
export function defaultDraft(): AppraisalDraft {
  return {
    scope: 'leaders',
    layout: 'per-department',
    templateChoice: 'national',
    custom: NATIONAL_TEMPLATE.dimensions,
    groups: DEFAULT_GROUPS,
    aggregate: 'weighted',
    bands: { excellent: 85, good: 70, pass: 60 },
    term: '',
    school: '',
  };
}

/** The template the draft stands for. */
export function draftTemplate(draft: AppraisalDraft, lang: Lang): AppraisalTemplate {
  if (draft.templateChoice === 'custom')
    return { name: t('ui.appraisal.customName', lang), dimensions: draft.custom };
  return BUILT_IN_TEMPLATES[draft.templateChoice] ?? NATIONAL_TEMPLATE;
}

/** The draft validated by the core: the settings to generate with, or every problem. */
export function resolveDraft(draft: AppraisalDraft, lang: Lang): Result<AppraisalSettings> {
  return resolveSettings(
    {
      template: draftTemplate(draft, lang),
      groups: draft.groups.map((g) => ({ ...g, name: g.name.trim() })),
      aggregate: draft.aggregate,
      bands: draft.bands,
      ...(draft.quota !== undefined ? { excellentQuota: draft.quota } : {}),
      scope: draft.scope,
      layout: draft.layout,
      term: draft.term,
      school: draft.school,
    },
    lang,
  );
}

function choiceOf(template: AppraisalTemplate): TemplateChoice {
  const same = (a: AppraisalTemplate) => JSON.stringify(a) === JSON.stringify(template);
  if (same(NATIONAL_TEMPLATE)) return 'national';
  const hnjt = BUILT_IN_TEMPLATES['hnjt-2021'];
  return hnjt && same(hnjt) ? 'hnjt-2021' : 'custom';
}

/** Valid settings as a draft (what the workbook had saved). */
export function draftFromSettings(settings: AppraisalSettings): AppraisalDraft {
  const templateChoice = choiceOf(settings.template);
  return {
    scope: settings.scope,
    layout: settings.layout,
    templateChoice,
    custom:
      templateChoice === 'custom' ? settings.template.dimensions : NATIONAL_TEMPLATE.dimensions,
    groups: settings.groups,
    aggregate: settings.aggregate,
    bands: settings.bands,
    ...(settings.excellentQuota !== undefined ? { quota: settings.excellentQuota } : {}),
    term: settings.term ?? '',
    school: settings.school ?? '',
  };
}

/** The text kept in the workbook's settings: the validated settings as JSON. */
export function settingsText(settings: AppraisalSettings): string {
  return JSON.stringify(settingsToJson(settings));
}

/** A stored text back as a draft, or the problems that make it unusable. */
export function draftFromText(text: string, lang: Lang): Result<AppraisalDraft> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      issues: [{ severity: 'error', messageKey: 'ui.appraisal.storedBroken', params: {} }],
    };
  }
  const parsed = parseSettingsJson(raw, lang);
  return parsed.ok ? { ok: true, value: draftFromSettings(parsed.value) } : parsed;
}
