import { t, type MessageKey } from '../messages';
import { MAX_DIMENSIONS, MAX_POINTS, parseTemplate } from './templateSchema';

const dim = (extra: Record<string, unknown> = {}) => ({ name: '工作成效', max: 20, ...extra });
const template = (extra: Record<string, unknown> = {}) => ({
  name: '我的模板',
  dimensions: [dim()],
  ...extra,
});

/** A bad template a teacher might import, the path of the problem and the message it must get. */
const BAD: readonly [string, unknown, string, MessageKey][] = [
  ['an array', [dim()], '', 'appraisal.template.notObject'],
  ['a string', 'national', '', 'appraisal.template.notObject'],
  ['null', null, '', 'appraisal.template.notObject'],
  ['a number as name', template({ name: 2025 }), 'name', 'appraisal.template.nameInvalid'],
  ['no name', { dimensions: [dim()] }, 'name', 'appraisal.template.nameMissing'],
  ['a blank name', template({ name: '  ' }), 'name', 'appraisal.template.nameMissing'],
  [
    'dimensions as an object',
    template({ dimensions: { a: dim() } }),
    'dimensions',
    'appraisal.template.dimensionsNotList',
  ],
  [
    'dimensions as text',
    template({ dimensions: '政治,学习' }),
    'dimensions',
    'appraisal.template.dimensionsNotList',
  ],
  ['no dimensions', { name: 'x' }, 'dimensions', 'appraisal.template.dimensionsMissing'],
  [
    'an empty list',
    template({ dimensions: [] }),
    'dimensions',
    'appraisal.template.dimensionsMissing',
  ],
  [
    'too many dimensions',
    template({
      dimensions: Array.from({ length: MAX_DIMENSIONS + 1 }, (_, i) => dim({ name: `维度${i}` })),
    }),
    'dimensions',
    'appraisal.template.tooManyDimensions',
  ],
  ['an unknown root key', template({ version: 2 }), 'version', 'appraisal.template.unknownKey'],
  [
    '__proto__ at the root',
    JSON.parse('{"name":"x","dimensions":[{"name":"a","max":5}],"__proto__":{"p":1}}') as unknown,
    '__proto__',
    'appraisal.template.unknownKey',
  ],
  [
    'a dimension as text',
    template({ dimensions: ['政治'] }),
    'dimensions[0]',
    'appraisal.template.dimNotObject',
  ],
  [
    'an unknown dimension key',
    template({ dimensions: [dim({ maximum: 20 })] }),
    'dimensions[0].maximum',
    'appraisal.template.unknownKey',
  ],
  [
    'a nameless dimension',
    template({ dimensions: [{ max: 20 }] }),
    'dimensions[0].name',
    'appraisal.template.dimNameMissing',
  ],
  [
    'a reserved dimension name',
    template({ dimensions: [dim({ name: '总分' })] }),
    'dimensions[0].name',
    'appraisal.template.dimNameReserved',
  ],
  [
    'a duplicate dimension',
    template({ dimensions: [dim(), dim()] }),
    'dimensions[1].name',
    'appraisal.template.dimNameDuplicate',
  ],
  [
    'max as text',
    template({ dimensions: [dim({ max: '20' })] }),
    'dimensions[0].max',
    'appraisal.template.maxInvalid',
  ],
  [
    'max zero',
    template({ dimensions: [dim({ max: 0 })] }),
    'dimensions[0].max',
    'appraisal.template.maxInvalid',
  ],
  [
    'max negative',
    template({ dimensions: [dim({ max: -5 })] }),
    'dimensions[0].max',
    'appraisal.template.maxInvalid',
  ],
  [
    'max over the limit',
    template({ dimensions: [dim({ max: MAX_POINTS + 1 })] }),
    'dimensions[0].max',
    'appraisal.template.maxInvalid',
  ],
  [
    'no max',
    template({ dimensions: [{ name: '学习' }] }),
    'dimensions[0].max',
    'appraisal.template.maxInvalid',
  ],
  [
    'a negative weight',
    template({ dimensions: [dim({ weight: -1 })] }),
    'dimensions[0].weight',
    'appraisal.template.weightInvalid',
  ],
  [
    'a weight as text',
    template({ dimensions: [dim({ weight: '30%' })] }),
    'dimensions[0].weight',
    'appraisal.template.weightInvalid',
  ],
  [
    'weights on some dimensions only',
    template({ dimensions: [dim({ weight: 50 }), dim({ name: '学习' })] }),
    'dimensions',
    'appraisal.template.weightPartial',
  ],
  [
    'a description as a number',
    template({ dimensions: [dim({ description: 5 })] }),
    'dimensions[0].description',
    'appraisal.template.descriptionInvalid',
  ],
  [
    'unknown evidence',
    template({ dimensions: [dim({ evidence: 'grades' })] }),
    'dimensions[0].evidence',
    'appraisal.template.evidenceInvalid',
  ],
  [
    'two academic dimensions',
    template({
      dimensions: [dim({ evidence: 'academic' }), dim({ name: '学习', evidence: 'academic' })],
    }),
    'dimensions',
    'appraisal.template.evidenceDuplicate',
  ],
];

describe('an imported appraisal template is validated with a clear error per problem', () => {
  it('accepts the good template the bad ones are made from', () => {
    expect(parseTemplate(template()).ok).toBe(true);
  });

  it.each(BAD)('%s', (_, raw, path, key) => {
    const parsed = parseTemplate(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.path, i.messageKey])).toEqual([[path, key]]);
    for (const lang of ['zh', 'en'] as const) {
      const text = t(key, lang, parsed.issues[0]!.params);
      expect(text).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
      if (path.includes('[')) expect(text).toContain(path);
    }
    expect(t(key, 'zh', parsed.issues[0]!.params)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports every problem of one file at once', () => {
    const parsed = parseTemplate({
      name: 1,
      dimensions: [dim({ max: '20' }), 'x', dim({ evidence: 'g', extra: 1 })],
      v: 2,
    });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual([
      'v',
      'name',
      'dimensions[0].max',
      'dimensions[1]',
      'dimensions[2].extra',
      'dimensions[2].evidence',
      'dimensions[2].name',
    ]);
  });
});
