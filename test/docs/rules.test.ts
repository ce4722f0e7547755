/**
 * docs/RULES.md states the product's rules for readers without the domain brief; code comments cite
 * it. This keeps it true: every rule code and preset is there, every `path = value` it states for a
 * preset is that preset's value, every national-school setting is stated, and the §5 tables match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CODES } from '../../src/core/findings';
import { presetPolicy } from '../../src/core/policy/presets';
import { PRESET_NAMES, type PresetName } from '../../src/core/policy/types';
import { RULES, RULE_SOURCES } from '../../src/core/rules/registry';
import { assignmentsIn, markdownTables, type Assignment } from './markdownTables';

const DOC = readFileSync(join(__dirname, '../../docs/RULES.md'), 'utf8');
const TABLES = markdownTables(DOC);
const DEFAULTS_HEADER = 'national-school 默认';
const DIFF_HEADER = '不同的设置';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function valueAt(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), root);
}

/** Every setting below `root` that is not an object (lists count as one setting), by dotted path. */
function leaves(node: unknown, path: string): string[] {
  if (!isObject(node)) return [path];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, `${path}.${key}`));
}

/** What the doc says the setting is: a replacement, or national-school's list plus the stated items. */
function stated(a: Assignment): unknown {
  if (!a.append) return a.value;
  const base = valueAt(presetPolicy('national-school'), a.path);
  if (!Array.isArray(base) || !Array.isArray(a.value))
    throw new Error(`docs/RULES.md: ${a.path} += needs a list on both sides`);
  return [...base, ...a.value];
}

/** The assignments in every column whose header contains `headerText`, with the row's first cell. */
function columnAssignments(headerText: string): { rowKey: string; assignment: Assignment }[] {
  return TABLES.flatMap((table) => {
    const col = table.header.findIndex((cell) => cell.includes(headerText));
    if (col < 0) return [];
    return table.rows.flatMap((row) =>
      assignmentsIn(row[col] ?? '').map((assignment) => ({ rowKey: row[0] ?? '', assignment })),
    );
  });
}

const covered = (paths: readonly string[], leaf: string): boolean =>
  paths.some((p) => leaf === p || leaf.startsWith(`${p}.`));

const presetOfCell = (cell: string): PresetName | undefined =>
  PRESET_NAMES.find((name) => cell === `\`${name}\``);

describe('docs/RULES.md', () => {
  it('names every rule code (with its anchor) and every preset', () => {
    for (const code of Object.keys(RULE_SOURCES)) {
      expect([code, DOC.includes(`\`${code}\``)]).toEqual([code, true]);
      expect([code, DOC.includes(`<a id="${code}"></a>`)]).toEqual([code, true]);
    }
    for (const name of PRESET_NAMES)
      expect([name, DOC.includes(`\`${name}\``)]).toEqual([name, true]);
  });

  it('quotes each rule’s source words in the rule’s row', () => {
    for (const rule of RULES) {
      const row = DOC.split('\n').find((line) => line.includes(`<a id="${rule.code}"></a>`)) ?? '';
      for (const q of rule.citation.quotes)
        expect([rule.code, q.words, row.includes(q.words)]).toEqual([rule.code, q.words, true]);
    }
  });

  it('keeps the section anchors code comments cite', () => {
    for (const [n, id] of ['eligibility', 'structure', 'appraisal', 'inputs', 'presets'].entries())
      expect(DOC).toMatch(new RegExp(`^## <a id="${id}"></a>§${n + 1} `, 'm'));
  });

  const defaults = columnAssignments(DEFAULTS_HEADER).map((entry) => entry.assignment);

  it('states national-school defaults as the code has them', () => {
    expect(defaults.length).toBeGreaterThan(20);
    const policy = presetPolicy('national-school');
    for (const a of defaults)
      expect([a.path, stated(a)]).toEqual([a.path, valueAt(policy, a.path)]);
  });

  it('states every national-school setting (switches are in the §5 table)', () => {
    const policy = presetPolicy('national-school');
    const paths = defaults.map((a) => a.path);
    const all = [...leaves(policy.rules, 'rules'), ...leaves(policy.grading, 'grading')];
    const missing = all.filter((leaf) => !leaf.endsWith('.enabled') && !covered(paths, leaf));
    expect(missing).toEqual([]);
  });

  it('shows each preset’s switches in the §5 table', () => {
    const matrix = TABLES.find((t) =>
      PRESET_NAMES.every((name) => t.header.includes(`\`${name}\``)),
    );
    if (!matrix) throw new Error('docs/RULES.md: no table has a column per preset');
    const codes = matrix.rows.map((row) => row[0]);
    expect([...codes].sort()).toEqual([...RULE_CODES].sort());
    for (const row of matrix.rows) {
      const code = RULE_CODES.find((c) => c === row[0]);
      if (!code) continue;
      for (const name of PRESET_NAMES) {
        const cell = row[matrix.header.indexOf(`\`${name}\``)] ?? '';
        const shown = cell.includes('开 on') ? true : cell.includes('关 off') ? false : cell;
        expect([code, name, shown]).toEqual([code, name, presetPolicy(name).rules[code].enabled]);
      }
    }
  });

  it('states how each preset differs from national-school, and nothing false', () => {
    const rows = columnAssignments(DIFF_HEADER);
    const base = presetPolicy('national-school');
    for (const name of PRESET_NAMES) {
      const policy = presetPolicy(name);
      const mine = rows.filter((r) => presetOfCell(r.rowKey) === name).map((r) => r.assignment);
      for (const a of mine)
        expect([name, a.path, stated(a)]).toEqual([name, a.path, valueAt(policy, a.path)]);
      const paths = mine.map((a) => a.path);
      const differing = leaves(policy, '')
        .map((leaf) => leaf.slice(1))
        .filter((leaf) => leaf !== 'preset' && !leaf.endsWith('.enabled'))
        .filter(
          (leaf) => JSON.stringify(valueAt(policy, leaf)) !== JSON.stringify(valueAt(base, leaf)),
        );
      expect([name, differing.filter((leaf) => !covered(paths, leaf))]).toEqual([name, []]);
    }
  });
});
