import { buildAppraisalWorkbook } from '../../src/core/appraisal/build';
import type { AppraisalBuild } from '../../src/core/appraisal/build';
import { collectFilled } from '../../src/core/appraisal/collect/collect';
import { selectForms } from '../../src/core/appraisal/selection';
import { resolveSettings } from '../../src/core/appraisal/settings';
import { NATIONAL_TEMPLATE } from '../../src/core/appraisal/templates';
import type { SheetGrid } from '../../src/core/tables';
import { modelToGrids, ROSTER, roleOf, setCell } from './fixtures';

/*
 * Which forms belong together: a sheet a reviewer renamed is still its form; a form generated for
 * another term (or from another roster) is refused; a row for someone not on the roster is reported.
 */
function generated(term: string): AppraisalBuild {
  const settings = resolveSettings(
    { template: NATIONAL_TEMPLATE, groups: [{ name: '学生代表' }], aggregate: 'mean', term },
    'zh',
  );
  if (!settings.ok) throw new Error('settings');
  const { units } = selectForms(
    { members: ROSTER, roleOf, scope: 'leaders', layout: 'per-department' },
    'zh',
  );
  return buildAppraisalWorkbook({ settings: settings.value, units, lang: 'zh' });
}

function filled(build: AppraisalBuild, score = 15): SheetGrid[] {
  return modelToGrids(build.model).map((grid) => {
    const layout = build.layouts.find((l) => l.sheet === grid.sheet);
    let out = grid;
    layout?.members.forEach((_m, i) => {
      for (let d = 0; d < 5; d++)
        out = setCell(out, layout.firstDataRow + i, layout.firstDimCol + d, score);
    });
    return out;
  });
}

const keys = (issues: readonly { messageKey: string }[]) => issues.map((i) => i.messageKey);

describe('collect knows forms by what the product wrote', () => {
  const build = generated('2025-2026-1');

  it('still collects a form whose sheet a reviewer renamed', () => {
    const sheet = build.layouts[1]!.sheet;
    const grids = filled(build).map((g) => (g.sheet === sheet ? { ...g, sheet: '我的评分' } : g));
    const outcome = collectFilled([{ file: 'a.xlsx', sheets: grids }], 'zh');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(keys(outcome.value.issues)).toEqual([]);
    expect(outcome.value.copies).toBe(build.layouts.length);
  });

  it('refuses a file, or a sheet pasted in, from forms generated for another term', () => {
    const other = generated('2024-2025-2');
    const pasted = { ...filled(other)[1]!, sheet: '另一张' };
    const outcome = collectFilled(
      [
        { file: '本学期.xlsx', sheets: [...filled(build), pasted] },
        { file: '上学期.xlsx', sheets: filled(other, 20) },
      ],
      'zh',
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value.issues).toEqual([
      expect.objectContaining({
        messageKey: 'appraisal.collect.otherGenerationSheet',
        params: { file: '本学期.xlsx', sheet: '另一张' },
      }),
      expect.objectContaining({
        messageKey: 'appraisal.collect.otherGeneration',
        params: { file: '上学期.xlsx' },
      }),
    ]);
    expect(outcome.value.copies).toBe(build.layouts.length);
  });

  it('reports a row added for someone not on the roster instead of making them a member', () => {
    const layout = build.layouts[1]!;
    const grids = filled(build).map((g) => {
      if (g.sheet !== layout.sheet) return g;
      const row = layout.lastDataRow + 1;
      // Inserting a row in the table pushes the signature line down, leaving a blank row above it.
      let out = setCell(g, row + 1, 1, null);
      out = setCell(out, row + 2, 1, g.rows[row + 1 - 1]?.[0] ?? null);
      out = setCell(out, row, 1, '新来的');
      out = setCell(out, row, 2, '2099999');
      for (let d = 0; d < 5; d++) out = setCell(out, row, layout.firstDimCol + d, 20);
      // A reviewer also retyped a name: the 学号 decides who it is.
      return setCell(out, layout.firstDataRow, 1, '改过的名字');
    });
    const outcome = collectFilled([{ file: 'a.xlsx', sheets: grids }], 'zh');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(keys(outcome.value.issues)).toEqual([
      'appraisal.collect.nameChanged',
      'appraisal.collect.notOnRoster',
    ]);
    expect(outcome.value.members).toBe(build.layouts.flatMap((l) => l.members).length);
    const summary = outcome.value.model.sheets[0]!;
    const names = summary.rows.map((r) => r[1]?.value);
    expect(names).not.toContain('新来的');
    expect(names).not.toContain('改过的名字');
  });
});
