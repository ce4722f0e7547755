import { t } from '../../src/core/messages';
import { SETTING_KEYS } from '../../src/excel/settings';
import type { DoubleWorkbook } from '../excel-double';
import { formPlace, sampleDouble, samplePolicy, settingsOf } from './appraisalFixture';
import { gatewayFor } from './helpers';

const FILE = '本工作簿';

/** One form for everyone, one panel: every cell of the workbook's only form is the scorer's. */
async function generated(double: DoubleWorkbook) {
  const answer = await gatewayFor(double).appraisal({
    policy: samplePolicy(),
    settings: settingsOf({ layout: 'single', groups: [{ name: '评议会' }] }),
    lang: 'zh',
  });
  if (answer.status !== 'generated') throw new Error(JSON.stringify(answer));
  const form = answer.sheets[1]!;
  return { answer, form, place: formPlace(double, form, 5) };
}

function fillAll(double: DoubleWorkbook, form: string, place: ReturnType<typeof formPlace>) {
  for (const row of place.rows)
    for (const col of place.dims) double.setCell(form, `${col}${row}`, { value: 16 });
}

const collect = (double: DoubleWorkbook) =>
  gatewayFor(double).collectAppraisal({ lang: 'zh', file: FILE });

describe('汇总评分 on the open workbook', () => {
  it('says so when the workbook has no generated forms', async () => {
    const double = await sampleDouble();
    const before = double.snapshot();
    expect(await collect(double)).toEqual({ status: 'no-forms' });
    expect(double.snapshot()).toEqual(before);
  });

  it('refuses forms nobody has typed into yet', async () => {
    const double = await sampleDouble();
    await generated(double);
    const answer = await collect(double);
    expect(answer.status).toBe('rejected');
    if (answer.status !== 'rejected') return;
    expect(answer.issues.map((i) => i.messageKey)).toEqual(['appraisal.collect.nothingFilled']);
  });

  it('reports each missing, out-of-range and non-numeric score by sheet and cell', async () => {
    const double = await sampleDouble();
    const { answer, form, place } = await generated(double);
    fillAll(double, form, place);
    const [a, b, c] = place.rows;
    const [e, f, g] = place.dims;
    double.setCell(form, `${e}${a}`, { value: null });
    double.setCell(form, `${f}${b}`, { value: 25 });
    double.setCell(form, `${g}${c}`, { value: '良' });
    const formBefore = double.snapshot().sheets.find((s) => s.name === form);
    const result = await collect(double);
    if (result.status !== 'collected') throw new Error(JSON.stringify(result));
    expect(result.copies).toBe(1);
    expect(result.members).toBe(place.rows.length);
    expect(result.summarySheet).toBe(answer.sheets[0]);
    const col = (letter: string) => letter.charCodeAt(0) - 64;
    expect(
      result.issues.map((i) => [i.messageKey, i.ref && 'col' in i.ref ? i.ref : undefined]),
    ).toEqual([
      ['appraisal.collect.missingScore', { file: FILE, sheet: form, row: a, col: col(e!) }],
      ['appraisal.collect.outOfRange', { file: FILE, sheet: form, row: b, col: col(f!) }],
      ['appraisal.collect.notNumber', { file: FILE, sheet: form, row: c, col: col(g!) }],
    ]);
    expect(double.snapshot().sheets.find((s) => s.name === form)).toEqual(formBefore);
    const sheet = double.snapshot().sheets.find((s) => s.name === result.issuesSheet);
    expect(result.issuesSheet).toBe(t('appraisal.sheet.issues', 'zh'));
    const texts = Object.values(sheet?.cells ?? {}).map((cell) => cell.value);
    for (const issue of result.issues)
      expect(texts).toContain(t(issue.messageKey, 'zh', issue.params));
    expect(texts).toContain(`${e}${a}`);
  });

  it('removes the problems sheet once every score is in', async () => {
    const double = await sampleDouble();
    const { form, place } = await generated(double);
    fillAll(double, form, place);
    double.setCell(form, `${place.dims[0]}${place.rows[0]}`, { value: 99 });
    const first = await collect(double);
    if (first.status !== 'collected') throw new Error(JSON.stringify(first));
    expect(first.issues).toHaveLength(1);
    double.setCell(form, `${place.dims[0]}${place.rows[0]}`, { value: 19.5 });
    const second = await collect(double);
    expect(second).toMatchObject({ status: 'collected', issues: [] });
    expect(second).not.toHaveProperty('issuesSheet');
    const names = double.snapshot().sheets.map((s) => s.name);
    expect(names).not.toContain(first.status === 'collected' ? first.issuesSheet : '');
  });
});

describe('appraisal settings in the workbook', () => {
  it('keeps the appraisal choices beside the policy, each saved on its own', async () => {
    const double = await sampleDouble();
    const gateway = gatewayFor(double);
    await gateway.saveSettings({ appraisalJson: '{"scope":"all"}' });
    await gateway.saveSettings({ policyJson: '{"preset":"zhongzhi"}' });
    expect(double.snapshot().settings[SETTING_KEYS.appraisal]).toBe('{"scope":"all"}');
    expect(await gateway.loadSettings()).toEqual({
      policyJson: '{"preset":"zhongzhi"}',
      appraisalJson: '{"scope":"all"}',
    });
  });
});
