import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { InputFileError } from '../../../src/read/errors';
import { LIMITS } from '../../../src/read/limits';
import { readXlsxRows } from '../../../src/cli/io/readXlsx';
import { collector, makeTempDir, removeTempDir } from './helpers';
import { buildXlsx, type TestPackage } from './xlsxPackage';
import type { TestZipMember } from './zipWriter';

// Hostile packages, generated here: each must end in one exact message, never a crash or a pass.

let dir: string;
let counter = 0;
beforeAll(async () => {
  dir = await makeTempDir('bounds');
});
afterAll(async () => {
  await removeTempDir(dir);
});

async function failure(bytes: Buffer): Promise<InputFileError> {
  const path = join(dir, `b${counter++}.xlsx`);
  await writeFile(path, bytes);
  const error: unknown = await readXlsxRows(path, collector().visitor).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

async function read(bytes: Buffer): Promise<ReturnType<typeof collector>['sheets']> {
  const path = join(dir, `b${counter++}.xlsx`);
  await writeFile(path, bytes);
  const { visitor, sheets } = collector();
  await readXlsxRows(path, visitor);
  return sheets;
}

const ROW1 = '<row r="1"><c r="A1"><v>1</v></c></row>';

/** A package with one member replaced; other members stay as buildXlsx wrote them. */
function withMember(pkg: TestPackage, name: string, make: (m: TestZipMember) => TestZipMember) {
  return buildXlsx({
    ...pkg,
    members: (members) => members.map((m) => (m.name === name ? make(m) : m)),
  });
}

const SHEET1 = 'xl/worksheets/sheet1.xml';
const STYLES = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

describe('parts read whole are bounded before and while inflating', () => {
  const parts: [string, number][] = [
    ['xl/styles.xml', LIMITS.stylesBytes],
    ['xl/workbook.xml', LIMITS.workbookBytes],
    ['xl/_rels/workbook.xml.rels', LIMITS.relsBytes],
  ];

  it.each(parts)('%s declaring more than its bound is refused unread', async (name, limit) => {
    const bytes = withMember(
      { sheets: [{ name: 'S', data: ROW1 }], stylesXml: STYLES },
      name,
      (m) => ({
        ...m,
        size: limit + 1,
      }),
    );
    const error = await failure(bytes);
    expect(error.messageKey).toBe('io.tooBig');
    expect(error.params.part).toBe(name);
    expect(error.params.limit).toBe(`${limit / 1024 / 1024} MB`);
    expect(error.message).toContain(`「${name}」解压后超过`);
  });

  it.each(parts)(
    '%s that inflates past its bound while declaring less is stopped',
    async (name, limit) => {
      const bomb = Buffer.alloc(limit + 1024, 0x20); // white space: a few KB once deflated
      const bytes = withMember(
        { sheets: [{ name: 'S', data: ROW1 }], stylesXml: STYLES },
        name,
        (m) => ({
          ...m,
          text: undefined,
          bytes: bomb,
          size: 1000,
        }),
      );
      expect(bytes.length).toBeLessThan(limit / 100);
      const error = await failure(bytes);
      expect(error.messageKey).toBe('io.tooBig');
      expect(error.params.part).toBe(name);
    },
  );

  it('a part whose declared size or CRC is wrong is damage', async () => {
    const pkg = { sheets: [{ name: 'S', data: ROW1 }], stylesXml: STYLES };
    const badSize = withMember(pkg, 'xl/styles.xml', (m) => ({ ...m, size: 10 }));
    expect((await failure(badSize)).messageKey).toBe('io.damaged');
    const badCrc = withMember(pkg, 'xl/styles.xml', (m) => ({ ...m, crc: 12345 }));
    expect((await failure(badCrc)).messageKey).toBe('io.damaged');
  });
});

describe('tables the reader builds are bounded', () => {
  it('shared strings: more items than the bound (a 1 GB table in a few MB)', async () => {
    const items = Buffer.alloc((LIMITS.sharedStrings + 1) * 5);
    for (let i = 0; i < items.length; i += 5) items.write('<si/>', i, 'latin1');
    const sst = Buffer.concat([Buffer.from('<sst>'), items, Buffer.from('</sst>')]);
    const bytes = buildXlsx({
      sheets: [{ name: 'S', data: ROW1 }],
      members: (members) => [...members, { name: 'xl/sharedStrings.xml', bytes: sst }],
    });
    const error = await failure(bytes);
    expect(error.messageKey).toBe('io.tooMany');
    expect(error.params.part).toBe('xl/sharedStrings.xml');
    expect(error.params.limit).toBe('10,000,000');
  });

  it('shared strings: more characters than the bound', async () => {
    const item = Buffer.from(`<si><t>${'a'.repeat(1_000_000)}</t></si>`);
    const count = Math.floor(LIMITS.sharedStringChars / 1_000_000) + 1;
    const sst = Buffer.concat([Buffer.from('<sst>'), ...Array<Buffer>(count).fill(item)]);
    const bytes = buildXlsx({
      sheets: [{ name: 'S', data: ROW1 }],
      members: (members) => [...members, { name: 'xl/sharedStrings.xml', bytes: sst }],
    });
    const error = await failure(bytes);
    expect(error.messageKey).toBe('io.tooLong');
    expect(error.params.limit).toBe('100,000,000');
  });

  it('cell formats past Excel’s 64,000', async () => {
    const xfs = '<xf numFmtId="0"/>'.repeat(LIMITS.cellFormats + 2);
    const bytes = buildXlsx({
      sheets: [{ name: 'S', data: ROW1 }],
      stylesXml: `<styleSheet><cellXfs>${xfs}</cellXfs></styleSheet>`,
    });
    const error = await failure(bytes);
    expect(error.messageKey).toBe('io.tooMany');
    expect(error.params.part).toBe('xl/styles.xml');
  });

  it('more sheets than the bound, all naming one part', async () => {
    const bytes = buildXlsx({
      sheets: Array.from({ length: LIMITS.sheets + 1 }, (_, i) => ({
        name: `S${i}`,
        data: ROW1,
        member: SHEET1,
      })),
      members: (members) => members.filter((m, i) => m.name !== SHEET1 || i === 3),
    });
    const error = await failure(bytes);
    expect(error.messageKey).toBe('io.tooMany');
    expect(error.params.part).toBe('xl/workbook.xml');
  });

  it('a zip directory claiming more entries than it holds', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'S', data: ROW1 }] });
    bytes.writeUInt16LE(60_000, bytes.length - 12);
    bytes.writeUInt16LE(60_000, bytes.length - 14);
    expect((await failure(bytes)).messageKey).toBe('io.damaged');
  });
});

describe('streamed parts are held to their declared sizes', () => {
  it('sheets declaring more than the streamed bound together are refused unread', async () => {
    const bytes = buildXlsx({
      sheets: [1, 2, 3].map((n) => ({ name: `S${n}`, data: ROW1 })),
      members: (members) =>
        members.map((m) => (m.name.startsWith('xl/worksheets/') ? { ...m, size: 0xffffffff } : m)),
    });
    const error = await failure(bytes);
    expect(error.messageKey).toBe('io.tooBig');
    expect(error.params.part).toBe('xl/worksheets/sheet2.xml');
  });

  it('a sheet inflating past its declared size stops there', async () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
    );
    const bytes = withMember({ sheets: [{ name: '成绩', data: rows.join('') }] }, SHEET1, (m) => ({
      ...m,
      size: 4096,
    }));
    const error = await failure(bytes);
    expect(error.messageKey).toBe('io.damagedSheet');
    expect(error.params.sheet).toBe('成绩');
  });
});

describe('rows and columns beyond Excel’s grid', () => {
  it.each(['1048577', '4294967294'])('row %s is refused, naming sheet and row', async (r) => {
    const data = `${ROW1}<row r="${r}"><c r="A${r}"><v>2</v></c></row>`;
    const error = await failure(buildXlsx({ sheets: [{ name: '名单', data }] }));
    expect(error.messageKey).toBe('io.rowBeyond');
    expect(error.params).toMatchObject({ sheet: '名单', row: r });
    expect(error.message).toContain(`工作表「名单」中有行号 ${r}`);
  });

  it('row 1,048,576 is still read', async () => {
    const data = `${ROW1}<row r="1048576"><c r="A1048576"><v>2</v></c></row>`;
    const [sheet] = await read(buildXlsx({ sheets: [{ name: 'S', data }] }));
    expect(sheet?.rows.map((r) => r.row)).toEqual([1, 1048576]);
  });

  it('rows without numbers counting past the last row are refused', async () => {
    const data = `<row r="1048576"><c r="A1"><v>1</v></c></row><row><c><v>2</v></c></row>`;
    const error = await failure(buildXlsx({ sheets: [{ name: 'S', data }] }));
    expect(error.messageKey).toBe('io.rowBeyond');
    expect(error.params.row).toBe('1048577');
  });

  it.each([
    ['<c r="XFE1"><v>1</v></c>', 'XFE1'],
    ['<c r="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1"><v>1</v></c>', 'AAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('cell %s is refused, naming sheet and cell', async (cell, shown) => {
    const error = await failure(
      buildXlsx({ sheets: [{ name: '名单', data: `<row r="1">${cell}</row>` }] }),
    );
    expect(error.messageKey).toBe('io.columnBeyond');
    expect(error.params).toMatchObject({ sheet: '名单', cell: shown });
  });

  it('cells without references counting past XFD are refused', async () => {
    const cells = '<c><v>1</v></c>'.repeat(LIMITS.columns + 1);
    const error = await failure(
      buildXlsx({ sheets: [{ name: 'S', data: `<row r="7">${cells}</row>` }] }),
    );
    expect(error.params).toMatchObject({ sheet: 'S', cell: 'XFE7' });
  });
});

describe('a sheet cut short or with bad bytes is damage naming the sheet', () => {
  const rows = Array.from(
    { length: 200 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
  ).join('');
  const whole = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  const cut = (text: string) =>
    withMember(
      {
        sheets: [
          { name: 'OK', data: ROW1 },
          { name: '成绩', data: '' },
        ],
      },
      'xl/worksheets/sheet2.xml',
      (m) => ({
        ...m,
        text,
      }),
    );

  it.each([
    ['between rows', whole.slice(0, whole.indexOf('<row r="100"'))],
    ['inside a tag', whole.slice(0, whole.indexOf('<row r="100"') + 7)],
    ['before </worksheet> only', whole.replace('</worksheet>', '').replace('</sheetData>', '')],
  ])('XML cut %s', async (_label, text) => {
    const error = await failure(cut(text));
    expect(error.messageKey).toBe('io.damagedSheet');
    expect(error.params).toMatchObject({ sheet: '成绩' });
    expect(error.message).toContain('工作表「成绩」不完整或已损坏');
  });

  it('a complete sheet ending right after </sheetData> is fine', async () => {
    const sheets = await read(cut(whole.slice(0, whole.indexOf('</worksheet>'))));
    expect(sheets[1]?.rows).toHaveLength(200);
  });

  const member = (make: (m: TestZipMember, deflated: Buffer) => TestZipMember) =>
    withMember({ sheets: [{ name: '成绩', data: rows }] }, SHEET1, (m) =>
      make(m, deflateRawSync(Buffer.from(m.text ?? ''))),
    );

  it.each([
    ['a CRC mismatch', member((m) => ({ ...m, crc: 0xdeadbeef }))],
    ['inflate ending early', member((m, d) => ({ ...m, raw: d.subarray(0, d.length >> 1) }))],
    ['a declared size larger than the data', member((m) => ({ ...m, size: 100_000 }))],
  ])('%s', async (_label, bytes) => {
    const error = await failure(bytes);
    expect(error.messageKey).toBe('io.damagedSheet');
    expect(error.params.sheet).toBe('成绩');
  });

  it('shared strings cut before </sst> are damage', async () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'S', data: ROW1 }],
      members: (members) => [
        ...members,
        { name: 'xl/sharedStrings.xml', text: '<sst><si><t>a</t></si><si><t>b</t></si>' },
      ],
    });
    expect((await failure(bytes)).messageKey).toBe('io.damaged');
  });
});

describe('a DOCTYPE is never content', () => {
  const evil = `<row r="2"><c r="A2" t="inlineStr"><is><t>evil</t></is></c></row>`;
  const doctype = `<!DOCTYPE worksheet [
    <!ENTITY x "${evil.replace(/"/g, "'")}">
    <!-- ]> "' -->
    <!ENTITY y 'a>b<sheetData>${evil.replace(/"/g, '&quot;')}'>
    <?pi ]> ?>
  ]>`;

  it('markup in entity declarations is skipped and entities stay unexpanded', async () => {
    const bytes = withMember(
      {
        sheets: [
          {
            name: 'S',
            data: '<row r="1"><c r="A1" t="inlineStr"><is><t>&x;&amp;</t></is></c></row>',
          },
        ],
      },
      SHEET1,
      (m) => ({ ...m, text: (m.text ?? '').replace('?>\n', `?>\n${doctype}`) }),
    );
    const sheets = await read(bytes);
    expect(sheets[0]?.rows).toEqual([{ row: 1, cells: ['&x;&'] }]);
  });

  it('a DOCTYPE in workbook.xml adds no sheet', async () => {
    const fake = `<!DOCTYPE workbook [<!ENTITY s "a>b<sheet name='假' sheetId='9' r:id='rId1'/>">]>`;
    const bytes = withMember({ sheets: [{ name: '真', data: ROW1 }] }, 'xl/workbook.xml', (m) => ({
      ...m,
      text: fake + (m.text ?? ''),
    }));
    const sheets = await read(bytes);
    expect(sheets.map((s) => s.info.sheet)).toEqual(['真']);
  });
});
