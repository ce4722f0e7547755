import { t } from '../messages';
import type { Lang } from '../messages';
import type { ModelCell, ModelSheet, WorkbookModel } from '../report/sheetModel';
import { buildEvidenceSheet } from './evidenceSheet';
import { buildFormSheet } from './formSheet';
import { formMarker, generationOf, rosterOf } from './generation';
import { settingsToJson } from './settingsJson';
import type { FormLayout } from './formSheet';
import { memberKey } from './memberKey';
import { totalRef } from './scoreRefs';
import { buildSettingsSheet } from './settingsSheet';
import { SheetNamer } from './sheetNames';
import type { StoredConfig } from './storedConfig';
import { suggestScores } from './suggestions';
import type { EvidenceInput, Suggestion } from './suggestions';
import { buildSummarySheet } from './summarySheet';
import { titleParts } from './titleText';
import type { AppraisalSettings, AppraisedMember, FormUnit } from './types';

export interface AppraisalInput {
  readonly settings: AppraisalSettings;
  /** Who is on which form (selection.ts). */
  readonly units: readonly FormUnit[];
  readonly evidence?: EvidenceInput;
  readonly lang: Lang;
  /** Sheet names already taken (the pane adds sheets to an open workbook). */
  readonly reservedSheetNames?: readonly string[];
}

export interface AppraisalBuild {
  readonly model: WorkbookModel;
  readonly layouts: readonly FormLayout[];
  readonly config: StoredConfig;
}

/** The name a form sheet wants: 评分-秘书处, or 评分-学生代表-秘书处 when there are several groups. */
export function formSheetName(
  settings: AppraisalSettings,
  group: string,
  department: string,
  lang: Lang,
): string {
  const parts = [t('appraisal.sheet.form', lang)];
  if (settings.groups.length > 1) parts.push(group);
  if (department) parts.push(department);
  return parts.join('-');
}

/** One form per scorer group and unit, suggestions pre-filled and marked. */
function buildForms(
  settings: AppraisalSettings,
  units: readonly FormUnit[],
  suggestions: ReadonlyMap<string, ReadonlyMap<number, Suggestion>>,
  namer: SheetNamer,
  generation: string,
  lang: Lang,
): { sheet: ModelSheet; layout: FormLayout }[] {
  const fill = (m: AppraisedMember, dim: number): ModelCell | undefined => {
    const s = suggestions.get(memberKey(m))?.get(dim);
    return s ? { value: s.points, style: 'suggested', numFmt: 'decimal1' } : undefined;
  };
  return settings.groups
    .flatMap((group) => units.map((unit) => ({ group, unit })))
    .map(({ group, unit }, i) => {
      const sheet = namer.take(formSheetName(settings, group.name, unit.department, lang));
      return buildFormSheet(
        {
          sheet,
          marker: formMarker(generation, sheet),
          tableName: `AppraisalScore${i + 1}`,
          group: group.name,
          unit,
          template: settings.template,
          fill,
          hasSuggestions: unit.members.some((m) => suggestions.has(memberKey(m))),
          ...titleParts(settings),
        },
        lang,
      );
    });
}

/**
 * The whole appraisal workbook as a WorkbookModel: the 考核汇总 summary, one scoring form per
 * scorer group and department, the evidence behind suggested scores, and the settings sheet.
 * The CLI and the task pane both render this same model.
 */
export function buildAppraisalWorkbook(input: AppraisalInput): AppraisalBuild {
  const { settings, units, lang } = input;
  const namer = new SheetNamer(input.reservedSheetNames);
  const summaryName = namer.take(t('appraisal.sheet.summary', lang));
  const members = units.flatMap((unit) => unit.members);
  const suggestions = suggestScores(members, settings.template, input.evidence ?? {});
  const roster = rosterOf(units);
  const generation = generationOf(settingsToJson(settings), roster);
  const forms = buildForms(settings, units, suggestions, namer, generation, lang);
  const layouts = forms.map((form) => form.layout);
  const layoutOf = (group: string, key: string) =>
    layouts.find((l) => l.group === group && l.members.some((m) => memberKey(m) === key));
  const groupScore = (m: number, g: number, keyCell: string) => {
    const key = memberKey(members[m] ?? { studentId: '', name: '' });
    const layout = layoutOf(settings.groups[g]?.name ?? '', key);
    return layout ? totalRef(layout, key, keyCell) : undefined;
  };
  const summary = buildSummarySheet(
    { sheet: summaryName, tableName: 'AppraisalSummary', members, settings, groupScore },
    lang,
  );
  const config: StoredConfig = {
    lang,
    settings,
    forms: layouts.map((l) => ({ sheet: l.sheet, group: l.group, department: l.department })),
    summarySheet: summaryName,
    generation,
    roster,
  };
  const evidenceName =
    suggestions.size > 0 ? namer.take(t('appraisal.sheet.evidence', lang)) : undefined;
  const evidence = evidenceName
    ? [buildEvidenceSheet(evidenceName, members, settings.template, suggestions, lang)]
    : [];
  const counts = layouts.map((l) => l.members.length);
  const settingsSheet = buildSettingsSheet(
    namer.take(t('appraisal.sheet.settings', lang)),
    config,
    counts,
    lang,
  );
  return {
    model: { sheets: [summary, ...forms.map((form) => form.sheet), ...evidence, settingsSheet] },
    layouts,
    config,
  };
}
