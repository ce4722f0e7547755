import { DEFAULT_BANDS } from './bands';
import { buildSettingsSheet } from './settingsSheet';
import { readStoredConfig } from './storedConfig';
import type { StoredConfig } from './storedConfig';
import { NATIONAL_TEMPLATE } from './templates';

const config: StoredConfig = {
  lang: 'zh',
  settings: {
    template: NATIONAL_TEMPLATE,
    groups: [{ name: '评议会' }],
    aggregate: 'mean',
    bands: DEFAULT_BANDS,
    scope: 'leaders',
    layout: 'per-department',
  },
  forms: [{ sheet: '评分-学习部', group: '评议会', department: '学习部' }],
};

describe('the 评议设置 sheet', () => {
  const sheet = buildSettingsSheet('评议设置', config, [3], 'zh');
  const grid = {
    file: 'a.xlsx',
    sheet: sheet.name,
    rows: sheet.rows.map((row) => row.map((cell) => cell?.value ?? null)),
  };
  const machine = sheet.rows.flat().find((c) => String(c?.value ?? '').startsWith('{"'));

  it('keeps the machine-readable settings where collect reads them back', () => {
    const read = readStoredConfig(grid);
    expect(read?.ok && read.value.forms).toEqual(config.forms);
  });

  it('hides that JSON on screen and paper, so printing the workbook does not spill it over pages', () => {
    expect(machine?.numFmt).toBe('hidden');
  });
});
