/** @jest-environment jsdom */
import '../support/jsdomGlobals';
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { rectA1 } from '../../excel-double/a1';
import { formPlace } from '../../excel/appraisalFixture';
import { expectedBuild, openAppraisal, sampleDouble } from './pane';

describe('考核评议: 汇总评分', () => {
  it('says there is nothing to collect before forms are generated', async () => {
    const double = sampleDouble();
    const { user } = await openAppraisal(double);
    await user.click(screen.getByRole('button', { name: '汇总评分' }));
    expect(
      await screen.findByText('本工作簿中还没有生成的评分表。请先点“生成评分表”。'),
    ).toBeInTheDocument();
    expect(screen.getByText('没有完成汇总')).toBeInTheDocument();
  });

  it('lists each missing and out-of-range score by cell, and a click selects the cell', async () => {
    const double = sampleDouble();
    const { layouts } = expectedBuild(double).value.build;
    const { user, generate } = await openAppraisal(double);
    await user.click(generate);
    await screen.findByRole('region', { name: '生成评分表' }, { timeout: 5000 });
    for (const layout of layouts) {
      const place = formPlace(double, layout.sheet, 5);
      for (const row of place.rows)
        for (const col of place.dims) double.setCell(layout.sheet, `${col}${row}`, { value: 15 });
    }
    const first = layouts[0]!;
    const last = layouts.at(-1)!;
    const a = formPlace(double, first.sheet, 5);
    const b = formPlace(double, last.sheet, 5);
    const missing = `${a.dims[1]}${a.rows[0]}`;
    const tooHigh = `${b.dims[4]}${b.rows.at(-1)}`;
    double.setCell(first.sheet, missing, { value: null });
    double.setCell(last.sheet, tooHigh, { value: 35 });

    await user.click(screen.getByRole('button', { name: '汇总评分' }));
    const region = await screen.findByRole('region', { name: '汇总评分' }, { timeout: 5000 });
    expect(
      within(region).getByText(
        /已汇总 \d+ 张评分表（\d+ 名成员）。 发现 2 个问题，已列在“汇集问题”表中/,
      ),
    ).toBeInTheDocument();
    const issues = within(region).getByRole('list', { name: '发现的问题' });
    const links = within(issues).getAllByRole('button');
    expect(links.map((l) => l.textContent)).toEqual([
      `${first.sheet}!${missing}`,
      `${last.sheet}!${tooHigh}`,
    ]);
    expect(within(issues).getByText(/未评分。$/)).toBeInTheDocument();
    expect(within(issues).getByText(/为 35，超出 0 至 20 分。$/)).toBeInTheDocument();
    expect(double.snapshot().sheets.map((s) => s.name)).toContain('汇集问题');

    await user.click(links[1]!);
    await waitFor(() => {
      const s = double.state.selection;
      const sheet = double.state.sheets.find((x) => x.id === s?.sheetId);
      expect(s && { sheet: sheet?.name, cell: rectA1(s.rect) }).toEqual({
        sheet: last.sheet,
        cell: tooHigh,
      });
    });
  });
});
