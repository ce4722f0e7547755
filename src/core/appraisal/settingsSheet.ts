import { t } from '../messages';
import type { KeySuffix, Lang } from '../messages';
import type { ModelCell, ModelSheet } from '../report/sheetModel';
import { configJson } from './storedConfig';
import type { StoredConfig } from './storedConfig';
import { termLabel } from './term';

const label = (value: string): ModelCell => ({ value, style: 'label' });
const text = (value: string): ModelCell => ({ value, numFmt: 'text' });
const head = (value: string): ModelCell => ({ value, style: 'header' });

/** The 评议设置 sheet: the choices in words, the dimensions, the forms, and the JSON collect reads back. */
export function buildSettingsSheet(
  name: string,
  config: StoredConfig,
  memberCounts: readonly number[],
  lang: Lang,
): ModelSheet {
  const { settings } = config;
  const k = (key: KeySuffix<'appraisal.settings.'>) => t(`appraisal.settings.${key}`, lang);
  const pairs: [string, string][] = [
    [k('template'), settings.template.name],
    [k('school'), settings.school ?? ''],
    [k('term'), settings.term ? termLabel(settings.term, lang) : ''],
    [k('scope'), t(`appraisal.scope.${settings.scope}`, lang)],
    [k('layout'), t(`appraisal.layout.${settings.layout}`, lang)],
    [k('aggregate'), t(`appraisal.aggregate.${settings.aggregate}`, lang)],
    [
      k('groups'),
      settings.groups
        .map((g) => (g.weight === undefined ? g.name : `${g.name} ${g.weight}`))
        .join('、'),
    ],
  ];
  const dimensionRows = settings.template.dimensions.map((d): ModelCell[] => [
    text(d.name),
    { value: d.max, numFmt: 'decimal1' },
    { value: d.weight ?? null },
    text(d.description),
    text(d.evidence ? t(`appraisal.evidence.${d.evidence}`, lang) : ''),
  ]);
  const formRows = config.forms.map((form, i): ModelCell[] => [
    text(form.sheet),
    text(form.group),
    text(form.department || t('appraisal.form.allDepartments', lang)),
    { value: memberCounts[i] ?? 0, numFmt: 'integer' },
  ]);
  return {
    name,
    rows: [
      [{ value: k('title'), style: 'title' }],
      [{ value: k('note') }],
      [],
      ...pairs.map(([key, value]) => [label(key), text(value)]),
      [],
      (['name', 'max', 'weight', 'description', 'evidence'] as const).map((key) =>
        head(k(`dim.${key}`)),
      ),
      ...dimensionRows,
      [],
      (['sheet', 'group', 'department', 'count'] as const).map((key) => head(k(`form.${key}`))),
      ...formRows,
      [],
      [label(k('machine')), { value: configJson(config), numFmt: 'hidden' }],
    ],
    columnWidths: [22, 16, 14, 60, 16],
  };
}
