import { checkSheets } from '../../src/core/pipeline';
import { presetPolicy } from '../../src/core/policy/presets';
import { discoverTables } from '../../src/core/discovery';
import { t, type MessageKey } from '../../src/core/messages';
import type { CheckResult } from '../../src/core/result';
import { groupByDepartment, groupByMember } from '../../src/taskpane/findings/groupFindings';
import { pickLang } from '../../src/taskpane/i18n/pickLang';
import { isDarkOffice, luminance, pickTheme } from '../../src/taskpane/theme/pickTheme';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import {
  patchRule,
  switchPreset,
  withStudentsServed,
} from '../../src/taskpane/settings/policyEdit';
import {
  detectedTables,
  setColumn,
  setKind,
  resetTable,
} from '../../src/taskpane/settings/overrides';
import { readNumber } from '../../src/taskpane/settings/NumberField';
import { overallFraction, progressText } from '../../src/taskpane/check/ProgressPanel';
import { summarize } from '../../src/core/summary';
import { sampleSheets } from './support/workbook';

function result(): CheckResult {
  const outcome = checkSheets(sampleSheets(), presetPolicy());
  if (!outcome.ok) throw new Error('sample must check');
  return outcome.value;
}

describe('groupByMember', () => {
  it('covers every member finding once (notes-only members under 说明), worst members first', () => {
    const r = result();
    const summary = summarize(r);
    const groups = groupByMember(r, summary);
    const noted = summary.notedMembers.flatMap((m) => m.notes);
    const indexes = [...groups.flatMap((g) => g.findings.map((f) => f.index)), ...noted].sort(
      (a, b) => a - b,
    );
    const expected = r.findings.flatMap((f, i) => (f.subject.kind === 'member' ? [i] : []));
    expect(indexes).toEqual(expected);
    const order = { ineligible: 0, pending: 1, eligible: 2 };
    const ranks = groups.map((g) => order[g.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const g of groups) {
      const verdict = r.members.find((m) => m.member.studentId === g.studentId)!;
      expect(g.status).toBe(verdict.status);
    }
  });
});

describe('groupByDepartment', () => {
  it('lists every department, over-limit first, with every non-member finding', () => {
    const r = result();
    const groups = groupByDepartment(r, summarize(r)).filter((g) => g.key !== 'union');
    expect(new Set(groups.map((g) => g.department))).toEqual(
      new Set(r.departments.map((d) => d.name)),
    );
    expect(groups[0]!.summary?.breaksLimits).toBe(true);
    const shown = groupByDepartment(r, summarize(r))
      .flatMap((g) => g.findings.map((f) => f.index))
      .sort((a, b) => a - b);
    const expected = r.findings.flatMap((f, i) => (f.subject.kind !== 'member' ? [i] : []));
    expect(shown).toEqual(expected);
  });
});

describe('language and theme', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'zh'],
  ])('%s → %s', (display, lang) => expect(pickLang(display)).toBe(lang));

  it('follows a dark Office theme', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#FFFFFF')).toBeCloseTo(1);
    expect(isDarkOffice({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(pickTheme({ bodyBackgroundColor: '#1F1F1F' })).toBe(webDarkTheme);
    expect(pickTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(pickTheme(undefined)).toBe(webLightTheme);
    expect(pickTheme({ bodyBackgroundColor: 'not a colour' })).toBe(webLightTheme);
  });
});

describe('policy edits', () => {
  it('patches one rule without touching the preset template', () => {
    const base = presetPolicy();
    const next = patchRule(base, 'rank', { topPercent: 20 });
    expect(next.rules.rank.topPercent).toBe(20);
    expect(next.rules.rank.cohort).toBe(base.rules.rank.cohort);
    expect(presetPolicy().rules.rank.topPercent).toBe(30);
  });

  it('keeps the school’s numbers when switching preset', () => {
    const next = switchPreset(
      { ...presetPolicy(), studentsServed: 800, referenceTerm: '2024-2025-2' },
      'zhongzhi',
    );
    expect(next).toEqual({
      ...presetPolicy('zhongzhi'),
      studentsServed: 800,
      referenceTerm: '2024-2025-2',
    });
    expect(withStudentsServed(next, undefined)).not.toHaveProperty('studentsServed');
  });
});

describe('mapping overrides', () => {
  const sheets = sampleSheets();
  const found = sheets.flatMap((s) => discoverTables(s));
  const roster = () => detectedTables(found, []).find((t) => t.found.kind === 'roster')!;

  it('records a column change and shows its effect', () => {
    const overrides = setColumn([], roster(), 'political', null);
    expect(overrides).toEqual([{ sheet: '成员名单', block: 0, columns: { political: null } }]);
    const table = detectedTables(found, overrides).find((t) => t.found.sheet === '成员名单')!;
    expect(table.effective?.columns.political).toBeUndefined();
    expect(resetTable(overrides, table)).toEqual([]);
  });

  it('ignores a table, and drops the override when the kind goes back', () => {
    const ignored = setKind([], roster(), 'ignore');
    expect(
      detectedTables(found, ignored).find((t) => t.found.sheet === '成员名单')!.effective,
    ).toBeUndefined();
    const table = detectedTables(found, ignored).find((t) => t.found.sheet === '成员名单')!;
    expect(setKind(ignored, table, 'roster')).toEqual([]);
  });
});

describe('readNumber', () => {
  const opts = { min: 0, max: 100, integer: true, optional: false };
  it.each([
    ['40', { value: 40 }],
    [' 7 ', { value: 7 }],
    ['', { error: 'ui.number.required' }],
    ['abc', { error: 'ui.number.invalid' }],
    ['2.5', { error: 'ui.number.integer' }],
    ['-1', { error: 'ui.number.min' }],
    ['101', { error: 'ui.number.max' }],
  ])('%j', (text, expected) => expect(readNumber(text, opts)).toEqual(expected));

  it('lets an optional box be empty', () => {
    expect(readNumber('', { ...opts, optional: true })).toEqual({ value: undefined });
  });
});

describe('progressText', () => {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(key, 'zh', params);
  it('shows rows read of rows in total', () => {
    expect(progressText({ phase: 'read', done: 12000, total: 350000 }, tr)).toBe(
      '正在读取数据：12,000 / 350,000 行',
    );
    expect(progressText({ phase: 'read', done: 5, total: 0 }, tr)).toBe('正在读取数据：已读 5 行');
    expect(progressText({ phase: 'write', done: 0, total: 0 }, tr)).toBe(
      t('ui.progress.write', 'zh'),
    );
  });
  it('shows the rows read and the share of the files read when progress counts bytes', () => {
    expect(
      progressText({ phase: 'read', done: 30_000_000, total: 40_000_000, rows: 640_123 }, tr),
    ).toBe('正在读取数据：已读 640,123 行（75%）');
  });
});

describe('overallFraction', () => {
  it('moves forward through the phases and never back', () => {
    const steps = [
      overallFraction({ phase: 'discover', done: 0, total: 3 }),
      overallFraction({ phase: 'discover', done: 3, total: 3 }),
      overallFraction({ phase: 'read', done: 10, total: 100 }),
      overallFraction({ phase: 'read', done: 100, total: 100 }),
      overallFraction({ phase: 'compute', done: 0, total: 1 }),
      overallFraction({ phase: 'write', done: 1, total: 1 }),
    ] as number[];
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(1);
    expect(overallFraction({ phase: 'read', done: 5, total: 0 })).toBeUndefined();
  });
});
