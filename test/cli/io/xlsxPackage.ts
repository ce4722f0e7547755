import { makeZip, type TestZipMember } from './zipWriter';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One sheet of a hand-made package; `data` is the inner XML of `<sheetData>`. */
export interface TestSheet {
  readonly name: string;
  readonly data: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Zip member name, default `xl/worksheets/sheet{n}.xml`. */
  readonly member?: string;
  readonly after?: string;
}

/** Options for the odd ways other tools write packages. */
export interface TestPackage {
  readonly sheets: readonly TestSheet[];
  readonly sharedStrings?: readonly string[];
  /** Raw `<si>` inner XML, used instead of `sharedStrings`. */
  readonly sharedStringsXml?: readonly string[];
  readonly stylesXml?: string;
  readonly date1904?: boolean;
  readonly absoluteTargets?: boolean;
  readonly workbookLast?: boolean;
  /** Prefix every SpreadsheetML element, e.g. `x`, as some .NET writers do. */
  readonly prefix?: string;
  /** Replaces or adds members just before zipping (hostile parts). */
  readonly members?: (members: TestZipMember[]) => TestZipMember[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Builds an .xlsx file from hand-written parts. */
export function buildXlsx(pkg: TestPackage): Buffer {
  const p = pkg.prefix ? `${pkg.prefix}:` : '';
  const ns = pkg.prefix ? `xmlns:${pkg.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const target = (t: string): string => (pkg.absoluteTargets ? `/xl/${t}` : t);
  const rels: string[] = [];
  const sheetParts: TestZipMember[] = [];
  const sheetEls = pkg.sheets.map((sheet, i) => {
    const member = sheet.member ?? `xl/worksheets/sheet${i + 1}.xml`;
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(member.slice(3))}"/>`,
    );
    sheetParts.push({
      name: member,
      text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${sheet.data}</${p}sheetData>${sheet.after ?? ''}</${p}worksheet>`,
    });
    const state = sheet.state ? ` state="${sheet.state}"` : '';
    return `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
  });
  const others: TestZipMember[] = [];
  const strings =
    pkg.sharedStringsXml ??
    pkg.sharedStrings?.map((s) => `<${p}t xml:space="preserve">${escapeXml(s)}</${p}t>`);
  if (strings) {
    rels.push(
      `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${target('sharedStrings.xml')}"/>`,
    );
    others.push({
      name: 'xl/sharedStrings.xml',
      text: `<${p}sst ${ns} count="${strings.length}">${strings.map((s) => `<${p}si>${s}</${p}si>`).join('')}</${p}sst>`,
    });
  }
  if (pkg.stylesXml) {
    rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="${target('styles.xml')}"/>`);
    others.push({ name: 'xl/styles.xml', text: pkg.stylesXml });
  }
  const pr = pkg.date1904 ? `<${p}workbookPr date1904="1"/>` : '';
  const workbook: TestZipMember[] = [
    {
      name: 'xl/workbook.xml',
      text: `<${p}workbook ${ns} xmlns:r="${REL}">${pr}<${p}sheets>${sheetEls.join('')}</${p}sheets></${p}workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`,
    },
  ];
  const root: TestZipMember = {
    name: '_rels/.rels',
    text: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const ordered = pkg.workbookLast
    ? [root, ...sheetParts, ...others, ...workbook]
    : [root, ...workbook, ...sheetParts, ...others];
  return makeZip(pkg.members ? pkg.members(ordered) : ordered);
}
