import { t } from '../messages';
import type { Lang } from '../messages';
import type { ModelCell } from '../report/sheetModel';
import { isPlainSum } from './factors';
import { termLabel } from './term';
import { titleText } from './titleText';
import type { AppraisalTemplate, FormUnit } from './types';

/** What the head of a form shows. */
export interface IntroSpec {
  readonly template: AppraisalTemplate;
  readonly unit: FormUnit;
  readonly group: string;
  readonly school?: string;
  readonly term?: string;
  readonly hasSuggestions?: boolean;
}

/**
 * The lines above a form's table: title with school and term, department, scorer group (collect
 * reads it back), each dimension with its maximum and meaning, how to score, the suggestion legend.
 */
export function introRows(spec: IntroSpec, lang: Lang): ModelCell[] {
  const { template } = spec;
  const department = spec.unit.department || t('appraisal.form.allDepartments', lang);
  const info = [t('appraisal.form.department', lang, { department })];
  if (spec.term) info.push(t('appraisal.form.term', lang, { term: termLabel(spec.term, lang) }));
  const lines: ModelCell[] = [
    { value: titleText('form', spec.school, spec.term, lang), style: 'title', align: 'center' },
    { value: info.join('    '), style: 'subtitle' },
    { value: t('appraisal.form.group', lang, { group: spec.group }), style: 'subtitle' },
    { value: t('appraisal.form.criteria', lang), style: 'label' },
    ...template.dimensions.map((d, i): ModelCell => ({
      value: t('appraisal.form.dimension', lang, {
        n: i + 1,
        name: d.name,
        max: d.max,
        description: d.description,
      }),
    })),
    { value: t('appraisal.form.howToScore', lang) },
  ];
  if (!isPlainSum(template)) lines.push({ value: t('appraisal.form.scaled', lang) });
  if (spec.hasSuggestions)
    lines.push({ value: t('appraisal.form.suggestedLegend', lang), style: 'suggested' });
  return lines;
}
