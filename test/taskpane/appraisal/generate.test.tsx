/** @jest-environment jsdom */
import '../support/jsdomGlobals';
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { t } from '../../../src/core/messages';
import { formPlace } from '../../excel/appraisalFixture';
import { expectedBuild, openAppraisal, sampleDouble } from './pane';

const sheetNames = (double: ReturnType<typeof sampleDouble>) =>
  double.snapshot().sheets.map((s) => s.name);

describe('考核评议: 生成评分表', () => {
  it('writes the sheets the core builds and lists them, with the members left out', async () => {
    const double = sampleDouble();
    const unknownTitle = [11, '钱七', '2023010112', '会计', '外联部', '外联专员', '共青团员'];
    unknownTitle.forEach((value, i) =>
      double.setCell('成员名单', `${String.fromCharCode(65 + i)}13`, { value }),
    );
    const teacher = sheetNames(double);
    const expected = expectedBuild(double);
    const { user, generate } = await openAppraisal(double);
    await user.click(generate);
    const region = await screen.findByRole('region', { name: '生成评分表' }, { timeout: 5000 });
    const names = expected.value.build.model.sheets.map((s) => s.name);
    expect(sheetNames(double)).toEqual([...teacher, ...names]);
    const forms = expected.value.build.layouts.length;
    const members = new Set(
      expected.value.build.layouts.flatMap((l) => l.members.map((m) => m.studentId)),
    );
    expect(
      within(region).getByText(
        `已生成 ${forms} 张评分表（${members.size} 名成员）和“${names[0]}”表。`,
      ),
    ).toBeInTheDocument();
    const label = `写入的工作表（${names.length}）`;
    await user.click(within(region).getByRole('button', { name: label }));
    const list = within(region).getByRole('list', { name: label });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(names);
    for (const warning of expected.value.warnings)
      expect(
        within(region).getByText(t(warning.messageKey, 'zh', warning.params)),
      ).toBeInTheDocument();
    expect(expected.value.warnings.length).toBeGreaterThan(0);

    await user.click(within(list).getByRole('button', { name: names[1]! }));
    await waitFor(() => expect(double.snapshot().activeSheet).toBe(names[1]));
  });

  it('asks before replacing forms that hold scores, and keeps them when told to', async () => {
    const double = sampleDouble();
    const { user, generate } = await openAppraisal(double);
    await user.click(generate);
    await screen.findByRole('region', { name: '生成评分表' }, { timeout: 5000 });
    const form = expectedBuild(sampleDouble()).value.build.layouts[0]!.sheet;
    const place = formPlace(double, form, 5);
    const cell = `${place.dims[0]}${place.rows[0]}`;
    double.setCell(form, cell, { value: 17 });

    await user.click(generate);
    expect(await screen.findByText('评分表中已有分数')).toBeInTheDocument();
    expect(screen.getByText(/本工作簿有 1 张评分表已经填写了分数/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保留现有评分表' }));
    expect(screen.queryByText('评分表中已有分数')).not.toBeInTheDocument();
    expect(double.snapshot().sheets.find((s) => s.name === form)?.cells[cell]?.value).toBe(17);

    await user.click(generate);
    await user.click(await screen.findByRole('button', { name: '仍然重新生成' }));
    await screen.findByRole('region', { name: '生成评分表' }, { timeout: 5000 });
    expect(
      double.snapshot().sheets.find((s) => s.name === form)?.cells[cell]?.value ?? null,
    ).toBeNull();
  });

  it('says the forms were not written, and why, when Excel refuses the write', async () => {
    const double = sampleDouble();
    const before = double.snapshot();
    const { user, generate } = await openAppraisal(double);
    double.injectFault({ code: 'GeneralException', message: '磁盘已满', atWrite: 1 });
    await user.click(generate);
    expect(await screen.findByText('没有生成评分表')).toBeInTheDocument();
    expect(
      screen.getByText(/写入评分表时出错（磁盘已满），本次写入的内容已全部撤销/),
    ).toBeInTheDocument();
    expect(double.snapshot().sheets).toEqual(before.sheets);
    await waitFor(() => expect(generate).toBeEnabled());
  });
});
