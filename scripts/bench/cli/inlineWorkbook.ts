import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { Prng } from '../../samples/prng';
import { COURSES_PER_STUDENT, SEED, studentsFor } from './generate';
import { GRADE_HEADERS, gradeRow } from './school';

/** Column letters A..Z (the grade sheet has 12 columns). */
const col = (i: number): string => String.fromCharCode(65 + i);
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function cell(ref: string, value: string | number): string {
  // What Apache POI's SXSSF writer writes: numbers as <v>, every text as an inline string.
  return typeof value === 'number'
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
}

function rowXml(r: number, values: readonly (string | number)[]): string {
  return `<row r="${r}">${values.map((v, i) => cell(`${col(i)}${r}`, v)).join('')}</row>`;
}

function sheetXml(rows: number): Buffer {
  const prng = new Prng(SEED + 1);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    rowXml(1, GRADE_HEADERS),
  ];
  // 1M rows are ~726 MB of XML, over V8's longest string: joined into buffers a block at a time.
  const blocks: Buffer[] = [];
  const flush = () => void blocks.push(Buffer.from(parts.splice(0).join('')));
  let written = 0;
  for (const student of studentsFor(rows)) {
    for (let course = 0; course < COURSES_PER_STUDENT && written < rows; course++, written++) {
      parts.push(rowXml(written + 2, gradeRow(student, course, prng)));
      if (parts.length >= 50_000) flush();
    }
  }
  parts.push('</sheetData></worksheet>');
  flush();
  return Buffer.concat(blocks);
}

const PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="成绩" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/** A zip of deflated members (no Zip64: the bench's sheets stay under 4 GB). */
function zip(members: readonly [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of members) {
    const packed = deflateRawSync(data, { level: 6 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    local.copy(dir, 8, 6, 30); // flags .. name length are the same fields
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/**
 * The grade workbook of `rows` rows as Apache POI's streaming writer lays it out (every text an
 * inline string, no shared-strings part), at `path`; generated once and reused.
 */
export function inlineGrades(path: string, rows: number): string {
  if (existsSync(path)) return path;
  const members: [string, Buffer][] = Object.entries(PARTS).map(([n, t]) => [n, Buffer.from(t)]);
  members.push(['xl/worksheets/sheet1.xml', sheetXml(rows)]);
  writeFileSync(`${path}.part`, zip(members));
  renameSync(`${path}.part`, path);
  return path;
}
