/** Workbook → PDF (LibreOffice) → one page as PNG (poppler's pdftoppm), for the guide's pictures. */
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { run } from './run';

/** Converts `xlsx` into a PDF in `outDir` with a private LibreOffice profile; returns its path. */
export async function toPdf(xlsx: string, outDir: string): Promise<string> {
  const profile = join(outDir, 'libreoffice-profile');
  await mkdir(profile, { recursive: true });
  await run(
    'libreoffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      xlsx,
    ],
    outDir,
  );
  return join(outDir, basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
}

/** The 1-based number of the first page whose text starts with `title`. */
export async function pageStarting(pdf: string, title: string, cwd: string): Promise<number> {
  const pages = Number(/Pages:\s+(\d+)/.exec(await run('pdfinfo', [pdf], cwd))?.[1] ?? 0);
  for (let page = 1; page <= pages; page++) {
    const text = await run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], cwd);
    if (text.trimStart().startsWith(title)) return page;
  }
  throw new Error(`${pdf}: no page starts with “${title}”`);
}

/** The box (in PDF points) around every word on `page`, widened by `margin` points. */
export async function wordsBox(
  pdf: string,
  page: number,
  margin: number,
  cwd: string,
): Promise<{ x: number; y: number; w: number; h: number }> {
  const html = await run(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'],
    cwd,
  );
  const words = [
    ...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g),
  ];
  if (words.length === 0) throw new Error(`${pdf}: page ${page} has no text`);
  const n = (i: number) => words.map((m) => Number(m[i]));
  const x = Math.max(0, Math.min(...n(1)) - margin);
  const y = Math.max(0, Math.min(...n(2)) - margin);
  return { x, y, w: Math.max(...n(3)) + margin - x, h: Math.max(...n(4)) + margin - y };
}

/** Renders the part of one page that holds text, at `dpi`, to `png`. */
export async function pageTextToPng(
  pdf: string,
  page: number,
  png: string,
  dpi: number,
  cwd: string,
): Promise<void> {
  const box = await wordsBox(pdf, page, 14, cwd);
  const px = (pt: number) => String(Math.round((pt * dpi) / 72));
  const stem = png.replace(/\.png$/i, '');
  await run(
    'pdftoppm',
    ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile']
      .concat(['-x', px(box.x), '-y', px(box.y), '-W', px(box.w), '-H', px(box.h)])
      .concat([pdf, stem]),
    cwd,
  );
}
