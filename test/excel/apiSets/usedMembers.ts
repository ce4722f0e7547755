import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One Office.js member the adapter uses, and the requirement set its documentation names. */
export interface UsedMember {
  /** `Excel.Worksheet.getRanges`. */
  readonly member: string;
  /** `ExcelApi 1.9`; undefined when the member's documentation names none (Common API, ...). */
  readonly set?: string;
  /** Where src/excel first uses it. */
  readonly at: string;
}

const ROOT = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** `[Api set: ExcelApi 1.9]` of a declaration's JSDoc, if any. */
function apiSet(decl: ts.Declaration): string | undefined {
  const text = decl.getSourceFile().getFullText();
  const doc = text.slice(decl.getFullStart(), decl.getStart());
  return /\[Api set: (\w+ [\d.]+)/.exec(doc)?.[1];
}

/** The declaring class or interface and namespace: `Excel.Worksheet`. */
function owner(decl: ts.Declaration): string {
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent)
    if (
      (ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isModuleDeclaration(n)) &&
      n.name
    )
      names.unshift(n.name.text);
  return names.join('.');
}

/**
 * Every property and method of the Office.js typings that src/excel touches, resolved by the type
 * checker (so `ws.getRanges` is `Excel.Worksheet.getRanges` wherever `ws` came from), with the
 * requirement set its JSDoc in @types/office-js names.
 */
export function usedOfficeMembers(dir = join(ROOT, 'src', 'excel')): UsedMember[] {
  const files = sourceFiles(dir);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['office-js'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
  });
  const checker = program.getTypeChecker();
  const found = new Map<string, UsedMember>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          if (!decl.getSourceFile().fileName.includes('@types/office-js')) continue;
          const member = `${owner(decl)}.${node.name.text}`;
          if (found.has(member)) continue;
          // Inherited helpers (`load`, `items`) carry no set of their own: the class's applies.
          const parent = decl.parent;
          const set =
            apiSet(decl) ??
            (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)
              ? apiSet(parent)
              : undefined);
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.set(member, {
            member,
            ...(set ? { set } : {}),
            at: `${file.slice(ROOT.length + 1)}:${line}`,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found.values()].sort((a, b) => a.member.localeCompare(b.member));
}

/** The manifest's `<Set Name="ExcelApi" MinVersion="…"/>`. */
export function manifestExcelApi(): string {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  if (!m?.[1]) throw new Error('manifest.xml declares no ExcelApi requirement set');
  return m[1];
}

/** Compares `1.10` above `1.9`. */
export function versionAbove(a: string, b: string): boolean {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 !== b1 ? a1 > b1 : a2 > b2;
}
