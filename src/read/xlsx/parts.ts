import { FormatError } from '../errors';
import { LIMITS, shownLimit } from '../limits';
import { elementAttrs } from '../xml/collect';
import { attr } from '../xml/scanner';
import { decodeXml } from '../xml/text';
import type { ZipEntry } from '../zip/directory';
import { readEntryText, type ZipSource } from '../zip/entry';

/** A worksheet in tab order, with the zip member that holds its cells. */
export interface SheetPart {
  readonly name: string;
  readonly hidden: boolean;
  readonly entry: ZipEntry;
}

/** What the reader needs before the first cell: sheets, date system, shared strings and styles. */
export interface WorkbookParts {
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
  readonly sharedStrings?: ZipEntry | undefined;
  readonly styles?: ZipEntry | undefined;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** Resolves a relationship target against the folder of the part that owns it. */
function resolvePart(baseDir: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray `%` is a literal character in a badly written target; keep it.
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : baseDir + decoded;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/').toLowerCase();
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

async function readRelationships(
  file: ZipSource,
  entries: ReadonlyMap<string, ZipEntry>,
  relsPath: string,
  baseDir: string,
): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const entry = entries.get(relsPath);
  if (!entry) return rels;
  const text = await readEntryText(file, entry, LIMITS.relsBytes);
  for (const attrs of elementAttrs(text, 'Relationship')) {
    if (attr(attrs, 'TargetMode') === 'External') continue;
    const id = attr(attrs, 'Id');
    const target = attr(attrs, 'Target');
    if (id === undefined || target === undefined) continue;
    rels.set(decodeXml(id), {
      type: attr(attrs, 'Type') ?? '',
      target: resolvePart(baseDir, decodeXml(target)),
    });
  }
  return rels;
}

function byType(rels: ReadonlyMap<string, Relationship>, suffix: string): string | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return rel.target;
  return undefined;
}

// The sheet's relationship id is `r:id`, but the prefix is whatever the writer bound the namespace to.
const REL_ID = /(?:^|\s)[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * Finds the workbook's real sheet list from `workbook.xml` and its relationships, so names,
 * tab order and hidden state are right whatever the member names or order in the zip.
 */
export async function readWorkbookParts(
  file: ZipSource,
  entries: ReadonlyMap<string, ZipEntry>,
): Promise<WorkbookParts> {
  const rootRels = await readRelationships(file, entries, '_rels/.rels', '');
  const workbookPath = byType(rootRels, '/officeDocument') ?? 'xl/workbook.xml';
  const workbookEntry = entries.get(workbookPath);
  if (!workbookEntry) throw new FormatError('no workbook part');
  const workbookXml = await readEntryText(file, workbookEntry, LIMITS.workbookBytes);
  const baseDir = folderOf(workbookPath);
  const relsPath = `${baseDir}_rels/${workbookPath.slice(baseDir.length)}.rels`;
  const rels = await readRelationships(file, entries, relsPath, baseDir);

  const sheets: SheetPart[] = [];
  for (const attrs of elementAttrs(workbookXml, 'sheet')) {
    const m = REL_ID.exec(attrs);
    const rel = m ? rels.get(decodeXml(m[1] ?? m[2] ?? '')) : undefined;
    if (!rel || !rel.type.endsWith('/worksheet')) continue; // chart and dialog sheets hold no rows
    const entry = entries.get(rel.target);
    if (!entry) throw new FormatError(`worksheet part missing: ${rel.target}`);
    const state = attr(attrs, 'state');
    if (sheets.length >= LIMITS.sheets) {
      throw new FormatError('too many sheets', 'io.tooMany', {
        part: workbookEntry.name,
        limit: shownLimit(LIMITS.sheets),
      });
    }
    sheets.push({
      name: decodeXml(attr(attrs, 'name') ?? ''),
      hidden: state === 'hidden' || state === 'veryHidden',
      entry,
    });
  }
  const pr = elementAttrs(workbookXml, 'workbookPr')[0] ?? '';
  const date1904 = attr(pr, 'date1904');
  const sharedStringsPath = byType(rels, '/sharedStrings') ?? `${baseDir}sharedstrings.xml`;
  const stylesPath = byType(rels, '/styles') ?? `${baseDir}styles.xml`;
  return {
    sheets,
    date1904: date1904 === '1' || date1904 === 'true',
    sharedStrings: entries.get(sharedStringsPath),
    styles: entries.get(stylesPath),
  };
}
