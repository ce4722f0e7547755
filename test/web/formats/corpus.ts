import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { libreOfficeConvert } from '../../read/legacy/convert';
import type { Sheet } from './sheetModel';
import { delimitedExport, htmlExport, xml2003Export } from './writers';

/** The bundled sample saved in one format: the files a teacher would hand over, in order. */
export interface Saved {
  readonly format: string;
  readonly files: readonly string[];
}

const STEM = '学生会名单与成绩';

/** Writes one file per sheet, named after the sheet (as a teacher saves each tab on its own). */
function perSheet(
  dir: string,
  sheets: readonly Sheet[],
  ext: string,
  bytes: (sheet: Sheet) => Buffer,
): string[] {
  return sheets.map((sheet) => {
    const path = join(dir, `${sheet.name}${ext}`);
    writeFileSync(path, bytes(sheet));
    return path;
  });
}

/**
 * The sample in every format the readers take, except the real .xls, which LibreOffice writes
 * (`biff8Forms`). Each format gets its own folder, so per-sheet files keep the sheets' names.
 */
export function textForms(sheets: readonly Sheet[], sample: string, root: string): Saved[] {
  const folder = (name: string) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const one = (format: string, name: string, bytes: Buffer): Saved => {
    const path = join(folder(format), name);
    writeFileSync(path, bytes);
    return { format, files: [path] };
  };
  const xlsx = join(folder('xlsx'), `${STEM}.xlsx`);
  copyFileSync(sample, xlsx);
  const etZip = join(folder('et-xlsx'), `${STEM}.et`);
  copyFileSync(sample, etZip);
  return [
    { format: 'xlsx', files: [xlsx] },
    { format: 'et-xlsx', files: [etZip] },
    one('html-gbk', `${STEM}.xls`, htmlExport(sheets, 'gb2312')),
    {
      format: 'html-utf8',
      files: perSheet(folder('html-utf8'), sheets, '.xls', (s) => htmlExport([s], 'utf-8')),
    },
    one('xml2003', `${STEM}.xls`, xml2003Export(sheets)),
    {
      format: 'tsv-xls',
      files: perSheet(folder('tsv-xls'), sheets, '.xls', (s) =>
        delimitedExport(s, '\t', 'gb18030'),
      ),
    },
    {
      format: 'csv-utf8-bom',
      files: perSheet(folder('csv-utf8-bom'), sheets, '.csv', (s) =>
        delimitedExport(s, ',', 'utf8-bom'),
      ),
    },
    {
      format: 'csv-gb18030',
      files: perSheet(folder('csv-gb18030'), sheets, '.csv', (s) =>
        delimitedExport(s, ',', 'gb18030'),
      ),
    },
    one('et-html', `${STEM}.et`, htmlExport(sheets, 'gb2312')),
  ];
}

/** The real .xls (BIFF8) LibreOffice writes from the sample, and the same bytes named .et (WPS). */
export function biff8Forms(sample: string, root: string): Saved[] {
  // Only the .xls costs a LibreOffice run (about 4 s for the sample); the rest is written here.
  const dir = join(root, 'source');
  mkdirSync(dir, { recursive: true });
  const source = join(dir, `${STEM}.xlsx`);
  copyFileSync(sample, source);
  const xls = libreOfficeConvert(source, 'xls', 'xls');
  const et = join(root, 'et-biff8');
  mkdirSync(et, { recursive: true });
  copyFileSync(xls, join(et, `${STEM}.et`));
  return [
    { format: 'xls-biff8', files: [xls] },
    { format: 'et-biff8', files: [join(et, `${STEM}.et`)] },
  ];
}
