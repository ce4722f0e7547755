/**
 * Custom document properties in an .xlsx package (docProps/custom.xml), as Office, WPS and
 * LibreOffice keep them: text properties (vt:lpwstr), numbered pids from 2, the part listed in
 * [Content_Types].xml and in the package relationships. Node-only, for the double's save and load.
 */
import JSZip from 'jszip';
import type { PropertyState } from './workbook';

const PATH = 'docProps/custom.xml';
const TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** The package with `properties` as its custom properties. */
export async function withCustomProperties(
  xlsx: Buffer,
  properties: readonly PropertyState[],
): Promise<Buffer> {
  if (properties.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const items = properties
    .map(
      (p, i) =>
        `<property fmtid="${FMTID}" pid="${i + 2}" name="${escape(p.name)}"><vt:lpwstr>${escape(p.value)}</vt:lpwstr></property>`,
    )
    .join('');
  zip.file(
    PATH,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items}</Properties>`,
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  if (!types.includes(`/${PATH}`))
    zip.file(
      '[Content_Types].xml',
      types.replace('</Types>', `<Override PartName="/${PATH}" ContentType="${TYPE}"/></Types>`),
    );
  const rels = await zip.file('_rels/.rels')!.async('string');
  if (!rels.includes(REL))
    zip.file(
      '_rels/.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdCustom" Type="${REL}" Target="${PATH}"/></Relationships>`,
      ),
    );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The package's text custom properties, in file order. */
export async function customProperties(xlsx: Buffer): Promise<PropertyState[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await zip.file(PATH)?.async('string');
  if (xml === undefined) return [];
  const out: PropertyState[] = [];
  for (const m of xml.matchAll(
    /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>|<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:lpwstr\/>/g,
  ))
    out.push({ name: unescape(m[1] ?? m[3] ?? ''), value: unescape(m[2] ?? '') });
  return out;
}
