import type { Lang } from '../../messages';
import type { WorkbookModel } from '../../report/sheetModel';
import { resolveSettings } from '../settings';
import { readStoredConfig } from '../storedConfig';
import type { StoredConfig } from '../storedConfig';
import { buildCollectedModel } from './collectModel';
import { canonicalMembers, completenessIssues } from './completeness';
import { findCopies } from './findCopies';
import type { FilledWorkbook } from './findCopies';
import { withLiveParams } from './liveParams';
import type { Issue, Result } from '../../issue';

/** The collected workbook and what collecting found. */
export interface Collected {
  readonly model: WorkbookModel;
  /** Missing, out-of-range or unreadable scores and absent copies, by file, sheet and cell. */
  readonly issues: readonly Issue[];
  readonly copies: number;
  readonly members: number;
}

export type CollectOutcome = Result<Collected>;

function findConfig(files: readonly FilledWorkbook[]): Result<StoredConfig> | undefined {
  for (const file of files) {
    for (const sheet of file.sheets) {
      const found = readStoredConfig(sheet);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Gathers filled copies of generated forms (separate workbooks, or the generated workbook itself)
 * into one workbook whose summary recomputes live; every gap is reported, none is filled in.
 */
export function collectFilled(
  files: readonly FilledWorkbook[],
  lang: Lang,
  /** Names already taken, when the pane adds the result to an open workbook. */
  reservedSheetNames: readonly string[] = [],
  /** What the caller noticed before reading (a file given twice), shown first with the rest. */
  notices: readonly Issue[] = [],
): CollectOutcome {
  const found = findConfig(files);
  if (!found)
    return {
      ok: false,
      issues: [
        ...notices,
        { severity: 'error', messageKey: 'appraisal.collect.noConfig', params: {} },
      ],
    };
  if (!found.ok) return { ok: false, issues: [...notices, ...found.issues] };
  const config = found.value;
  const { copies, issues: fromFiles, untouched } = findCopies(files, config);
  const issues = [...notices, ...fromFiles];
  if (copies.length === 0) {
    const key = untouched > 0 ? 'appraisal.collect.nothingFilled' : 'appraisal.collect.noForms';
    return {
      ok: false,
      issues: [...issues, { severity: 'error', messageKey: key, params: { count: untouched } }],
    };
  }
  const summary = files.flatMap((f) => f.sheets).find((s) => s.sheet === config.summarySheet);
  const live = withLiveParams(config.settings, summary);
  const checked = resolveSettings(live, lang);
  const settings = checked.ok ? checked.value : config.settings;
  if (!checked.ok)
    issues.push(...checked.issues.map((i): Issue => ({ ...i, severity: 'warning' })));
  const members = canonicalMembers(copies, config);
  const all = [...issues, ...completenessIssues(copies, config)];
  const origin = {
    ...(config.generation !== undefined ? { generation: config.generation } : {}),
    ...(config.roster ? { roster: config.roster } : {}),
  };
  const model = buildCollectedModel(
    copies,
    members,
    settings,
    all,
    lang,
    reservedSheetNames,
    origin,
  );
  return {
    ok: true,
    value: { model, issues: all, copies: copies.length, members: members.length },
  };
}
