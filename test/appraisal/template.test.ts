import { t } from '../../src/core/messages';
import {
  BUILT_IN_TEMPLATES,
  HNJT_2021_TEMPLATE,
  NATIONAL_TEMPLATE,
} from '../../src/core/appraisal/templates';
import { parseTemplate, templateToJson } from '../../src/core/appraisal/templateSchema';

function keys(raw: unknown): string[] {
  const parsed = parseTemplate(raw);
  return parsed.ok ? [] : parsed.issues.map((i) => i.messageKey);
}

describe('appraisal templates', () => {
  it('holds the dimension sets of seeds 001 and 004', () => {
    expect(NATIONAL_TEMPLATE.dimensions.map((d) => d.name)).toEqual([
      '政治态度',
      '道德品行',
      '学习情况',
      '工作成效',
      '纪律作风',
    ]);
    expect(HNJT_2021_TEMPLATE.dimensions.map((d) => d.name)).toEqual([
      '政治素质',
      '道德品质',
      '知识学习',
      '履职能力',
      '纪律作风',
    ]);
  });

  it.each(Object.entries(BUILT_IN_TEMPLATES))(
    'built-in %s survives a JSON round trip',
    (_name, template) => {
      const parsed = parseTemplate(JSON.parse(JSON.stringify(templateToJson(template))));
      expect(parsed).toEqual({ ok: true, value: template });
    },
  );

  it('accepts a teacher template with weights', () => {
    const parsed = parseTemplate({
      name: '本校',
      dimensions: [
        { name: '思想', max: 10, weight: 40 },
        { name: '工作', max: 10, weight: 60, evidence: 'attendance' },
      ],
    });
    expect(
      parsed.ok && parsed.value.dimensions.map((d) => [d.name, d.weight, d.description]),
    ).toEqual([
      ['思想', 40, ''],
      ['工作', 60, ''],
    ]);
  });

  it('reports every problem with a path', () => {
    const parsed = parseTemplate({
      name: ' ',
      dimensions: [
        { name: '政治', max: 0 },
        { name: '政治', max: 20, weight: 10 },
        { name: '总分', max: 20, maximum: 5 },
        { name: '学习', max: 20, evidence: 'grades' },
      ],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byKey = Object.fromEntries(parsed.issues.map((i) => [i.messageKey, i.path]));
    expect(byKey).toEqual({
      'appraisal.template.nameMissing': 'name',
      'appraisal.template.maxInvalid': 'dimensions[0].max',
      'appraisal.template.dimNameReserved': 'dimensions[2].name',
      'appraisal.template.unknownKey': 'dimensions[2].maximum',
      'appraisal.template.evidenceInvalid': 'dimensions[3].evidence',
      'appraisal.template.dimNameDuplicate': 'dimensions[1].name',
      'appraisal.template.weightPartial': 'dimensions',
    });
    const text = t('appraisal.template.maxInvalid', 'zh', parsed.issues[1]?.params ?? {});
    expect(text).toContain('dimensions[0].max');
    expect(text).toContain('0');
  });

  it('rejects non-objects, empty lists and two academic dimensions', () => {
    expect(keys('national')).toEqual(['appraisal.template.notObject']);
    expect(keys({ name: 'x', dimensions: [] })).toEqual(['appraisal.template.dimensionsMissing']);
    expect(
      keys({
        name: 'x',
        dimensions: [
          { name: 'a', max: 5, evidence: 'academic' },
          { name: 'b', max: 5, evidence: 'academic' },
        ],
      }),
    ).toEqual(['appraisal.template.evidenceDuplicate']);
  });
});
