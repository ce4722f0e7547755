/** @jest-environment jsdom */
import '../support/jsdomGlobals';
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../../src/core/messages';
import type { CheckResult } from '../../../src/core/result';
import { Charts } from '../../../src/taskpane/charts/Charts';
import { LangProvider } from '../../../src/taskpane/i18n/LangContext';
import { unionResult } from '../../report/unionFixture';

function show(result: CheckResult, lang: Lang = 'zh', theme = webLightTheme) {
  return render(
    <FluentProvider theme={theme}>
      <LangProvider lang={lang}>
        <Charts result={result} />
      </LangProvider>
    </FluentProvider>,
  );
}

/** The bar of a department's heads or staff cell: its drawn width (percent of the axis) and tone. */
function bar(department: string, series: 'heads' | 'staff') {
  const row = screen.getByRole('row', { name: new RegExp(`^${department}`) });
  const cell = row.querySelector(`[data-series="${series}"]`)!;
  const rect = cell.querySelector('rect[data-bar]')!;
  const line = cell.querySelector('line[data-limit]');
  return {
    width: Number(rect.getAttribute('width')),
    tone: rect.getAttribute('data-tone'),
    limitAt: line ? Number(line.getAttribute('x1')) : undefined,
    band: cell.querySelector('rect[data-band]')?.getAttribute('data-band'),
    text: cell.textContent,
  };
}

describe('the pane’s charts', () => {
  const result = unionResult();

  it('draws each department’s heads and staff against the limits, over-limit in the warning tone', () => {
    show(result);
    const table = screen.getByRole('table', { name: '各部门人数与限额' });
    expect(
      within(table).getByRole('columnheader', { name: /^负责人\s*2–3 人$/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: /^负责人以外成员\s*至多 6 人$/ }),
    ).toBeInTheDocument();
    // 学习部: 7 干事 fill the staff axis (scale 7), past the limit line at 6/7.
    expect(bar('学习部', 'staff')).toMatchObject({ width: 100, tone: 'over' });
    expect(bar('学习部', 'staff').limitAt).toBeCloseTo((6 / 7) * 100, 6);
    expect(bar('学习部', 'heads')).toMatchObject({ tone: 'normal', band: '2-3', limitAt: 100 });
    expect(bar('学习部', 'heads').width).toBeCloseTo((2 / 3) * 100, 6);
    // 文体部: one 部长 where 2 to 3 are required is short of the band and in the warning tone.
    expect(bar('文体部', 'heads')).toMatchObject({ tone: 'over' });
    expect(bar('文体部', 'heads').width).toBeCloseTo((1 / 3) * 100, 6);
    expect(bar('宣传部', 'staff')).toMatchObject({ tone: 'normal' });
  });

  it('says in words what the colour says, for a screen reader', () => {
    show(result);
    const study = screen.getByRole('row', { name: /^学习部/ });
    expect(study).toHaveTextContent('人数不符合规定');
    expect(within(study).getAllByRole('cell')[1]).toHaveTextContent('7（不符合要求）');
    const media = screen.getByRole('row', { name: /^宣传部/ });
    expect(media).not.toHaveTextContent('人数不符合规定');
    expect(media).not.toHaveTextContent('不符合要求');
  });

  it('shows 政治面貌 and rank bands as shares with their counts', () => {
    show(result);
    const political = screen.getByRole('table', { name: '政治面貌' });
    const league = within(political).getByRole('row', { name: /^共青团员/ });
    expect(league).toHaveTextContent('9 人');
    expect(league).toHaveTextContent('60%');
    expect(Number(league.querySelector('rect[data-bar]')?.getAttribute('width'))).toBeCloseTo(
      60,
      6,
    );
    expect(
      within(political)
        .getAllByRole('row')
        .map((r) => r.getAttribute('data-slice')),
    ).toEqual([null, 'party', 'probationary', 'league', 'masses', 'other', 'unknown']);
    const rank = screen.getByRole('table', { name: '成绩排名' });
    const rows = within(rank)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getByRole('rowheader').textContent);
    expect(rows).toEqual(['前 10%', '前 10%–30%', '30% 以后', '无排名']);
    expect(within(rank).getByRole('row', { name: /^无排名/ })).toHaveTextContent('5 人');
  });

  it('speaks English and renders in the dark theme too', () => {
    show(result, 'en', webDarkTheme);
    expect(screen.getByRole('columnheader', { name: /^Heads\s*2–3$/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Political status' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Below top 30%' })).toBeInTheDocument();
  });

  it('draws nothing without members, and no department chart without departments', () => {
    const { container } = show({ ...result, members: [], departments: [] });
    expect(container.firstElementChild).toBeEmptyDOMElement();
    const noDepartments = show({ ...result, departments: [] });
    expect(
      within(noDepartments.container).queryByRole('table', { name: '各部门人数与限额' }),
    ).toBeNull();
    expect(
      within(noDepartments.container).getByRole('table', { name: '政治面貌' }),
    ).toBeInTheDocument();
  });
});
