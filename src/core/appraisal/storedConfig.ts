import type { SheetGrid } from '../tables';
import type { Lang } from '../messages';
import { isRecord, settingError } from './issues';
import { parseSettingsJson } from './settingsJson';
import type { AppraisalSettings } from './types';
import type { RosterEntry } from './generation';
import { MAX_CELL_CHARS } from '../report/excelLimits';
import type { Result } from '../issue';

/** Marks the settings cell the product reads back; the JSON starts with it. */
export const CONFIG_MARKER = 'unionComplianceAppraisal';

/** One generated form: which sheet belongs to which group and department. */
export interface StoredForm {
  readonly sheet: string;
  readonly group: string;
  readonly department: string;
}

/** What a generated workbook remembers about itself, so `collect` can read the filled copies. */
export interface StoredConfig {
  readonly lang: Lang;
  readonly settings: AppraisalSettings;
  readonly forms: readonly StoredForm[];
  /** The summary sheet, whose parameter cells (grade lines, quota, weights) the teacher may have edited. */
  readonly summarySheet?: string;
  /** Fingerprint of settings and roster (generation.ts); absent in workbooks made before it existed. */
  readonly generation?: string;
  /** Who was printed on which form unit; absent in workbooks made before it was stored. */
  readonly roster?: readonly RosterEntry[];
}

/** The JSON text written into the settings sheet. */
export function configJson(config: StoredConfig): string {
  const { roster, ...rest } = config;
  // Arrays, not objects: the JSON sits in one cell, and a cell holds at most 32,767 characters.
  const compact = roster?.map((e) => [e.studentId, e.name, e.department, e.title, e.unit]);
  const bare = JSON.stringify({ [CONFIG_MARKER]: 1, ...rest });
  if (!compact) return bare;
  const full = JSON.stringify({ [CONFIG_MARKER]: 1, ...rest, roster: compact });
  // A roster too long for the cell (well over 600 members) is left out rather than cut: collect then
  // works from the forms themselves, as for workbooks made before the roster was stored.
  return full.length <= MAX_CELL_CHARS ? full : bare;
}

function parseRoster(raw: unknown): RosterEntry[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return raw.flatMap((item: unknown): RosterEntry[] =>
    Array.isArray(item)
      ? [
          {
            studentId: text(item[0]),
            name: text(item[1]),
            department: text(item[2]),
            title: text(item[3]),
            unit: text(item[4]),
          },
        ]
      : [],
  );
}

function findJson(grid: SheetGrid): string | undefined {
  for (const row of grid.rows) {
    for (const cell of row) {
      if (typeof cell === 'string' && cell.startsWith(`{"${CONFIG_MARKER}"`)) return cell;
    }
  }
  return undefined;
}

function parseForms(raw: unknown): StoredForm[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) =>
    isRecord(item) && typeof item.sheet === 'string' && typeof item.group === 'string'
      ? [
          {
            sheet: item.sheet,
            group: item.group,
            department: typeof item.department === 'string' ? item.department : '',
          },
        ]
      : [],
  );
}

/** Reads the stored configuration from a sheet, if the sheet holds one; its settings are validated again. */
export function readStoredConfig(grid: SheetGrid): Result<StoredConfig> | undefined {
  const text = findJson(grid);
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      issues: [settingError('appraisal.collect.configBroken', grid.sheet, { sheet: grid.sheet })],
    };
  }
  const record = isRecord(raw) ? raw : {};
  const lang: Lang = record.lang === 'en' ? 'en' : 'zh';
  const settings = parseSettingsJson(record.settings, lang);
  if (!settings.ok) return settings;
  const summarySheet =
    typeof record.summarySheet === 'string' ? { summarySheet: record.summarySheet } : {};
  const generation = typeof record.generation === 'string' ? { generation: record.generation } : {};
  const roster = parseRoster(record.roster);
  return {
    ok: true,
    value: {
      lang,
      settings: settings.value,
      forms: parseForms(record.forms),
      ...summarySheet,
      ...generation,
      ...(roster ? { roster } : {}),
    },
  };
}

/** The 考核汇总 sheet named by the first form that carries the generator's settings, if any. */
export function summarySheetOf(grids: readonly SheetGrid[]): string | undefined {
  for (const grid of grids) {
    const config = readStoredConfig(grid);
    if (config?.ok) return config.value.summarySheet;
  }
  return undefined;
}
