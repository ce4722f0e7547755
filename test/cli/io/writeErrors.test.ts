import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputFileError } from '../../../src/cli/io/errors';
import { isValidTableName, toTableName } from '../../../src/cli/io/write/names';
import { buildWorkbook, writeWorkbookModel } from '../../../src/cli/io/writeWorkbook';
import type { ModelSheet, WorkbookModel } from '../../../src/core/report/sheetModel';
import { makeTempDir, removeTempDir } from './helpers';

const sheet = (name: string, extra: Partial<ModelSheet> = {}): ModelSheet => ({
  name,
  rows: [[{ value: 'a' }]],
  ...extra,
});
const build =
  (...sheets: ModelSheet[]) =>
  () =>
    buildWorkbook({ sheets });

describe('writer programmer errors', () => {
  it.each(['a/b', 'a\\b', 'a:b', 'a*b', 'a?b', '[x]', 'x'.repeat(32), '', "'quoted", 'History'])(
    'rejects the sheet name %j',
    (name) => {
      expect(build(sheet(name))).toThrow(/Invalid sheet name/);
    },
  );

  it('accepts 31 characters, spaces and inner quotes, but not the same name twice', () => {
    expect(build(sheet('x'.repeat(31)), sheet("It's 名单 (2)"))).not.toThrow();
    expect(build(sheet('名单'), sheet('名单'))).toThrow(/used twice/);
    expect(build(sheet('Sheet'), sheet('SHEET'))).toThrow(/used twice/);
  });

  it('rejects invalid or repeated table names and impossible ranges', () => {
    const table = (name: string, rowCount = 0) => ({
      name,
      headerRow: 1,
      firstCol: 1,
      columnCount: 1,
      rowCount,
    });
    expect(build(sheet('S', { tables: [table('My Table')] }))).toThrow(/Invalid table name/);
    expect(build(sheet('S', { tables: [table('1st')] }))).toThrow(/Invalid table name/);
    expect(build(sheet('S', { tables: [table('A1')] }))).toThrow(/Invalid table name/);
    expect(
      build(sheet('S', { tables: [table('T')] }), sheet('U', { tables: [table('t')] })),
    ).toThrow(/used twice/);
    expect(build(sheet('S', { tables: [table('T', -1)] }))).toThrow(/impossible range/);
  });

  it('rejects links to missing sheets, non-finite numbers and bad validations', () => {
    const cell = (c: ModelSheet['rows'][number][number]) => sheet('S', { rows: [[c]] });
    expect(build(cell({ value: 'x', link: { sheet: 'Nope', row: 1 } }))).toThrow(/cannot link/);
    expect(build(cell({ value: Number.NaN }))).toThrow(/cannot be written/);
    expect(build(cell({ formula: 'A2', link: { sheet: 'S', row: 1 } }))).toThrow(
      /formula and a link/,
    );
    expect(build(sheet('S', { validations: [{ range: 'A1', type: 'decimal' }] }))).toThrow(
      /min or a max/,
    );
    expect(
      build(sheet('S', { validations: [{ range: 'A1', type: 'list', list: ['a,b'] }] })),
    ).toThrow(/no commas/);
  });
});

describe('table names', () => {
  it('validates and builds names Excel accepts', () => {
    expect(['成员表', '_x', 'Report_1', 'a.b'].every(isValidTableName)).toBe(true);
    expect(['My Table', '1a', 'A1', 'R1C1', 'r', '', 'a-b'].some(isValidTableName)).toBe(false);
    expect(toTableName('成员 名单 2025')).toBe('成员_名单_2025');
    expect(toTableName('2025 名单')).toBe('_2025_名单');
    expect(toTableName('C')).toBe('_C');
    expect(isValidTableName(toTableName('A1'))).toBe(true);
  });
});

describe('writeWorkbookModel errors', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('werr');
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  it('reports an output path that is a folder as an OutputFileError naming it', async () => {
    const model: WorkbookModel = { sheets: [sheet('S')] };
    const target = join(dir, '报告.xlsx');
    await mkdir(target);
    const error: unknown = await writeWorkbookModel(model, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFileError);
    expect((error as OutputFileError).messageKey).toBe('io.out.isFolder');
    expect((error as OutputFileError).params).toEqual({
      file: target,
      example: join(target, 'report.xlsx'),
    });
    expect((error as OutputFileError).message).toContain(`「${target}」是一个已有的文件夹`);
    expect(await readdir(dir)).toEqual(['报告.xlsx']);
  });
});
