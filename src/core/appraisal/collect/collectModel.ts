import { t } from '../../messages';
import type { Lang } from '../../messages';
import type { ModelSheet, WorkbookModel } from '../../report/sheetModel';
import { formSheetName } from '../build';
import type { FormLayout } from '../formSheet';
import { memberKey } from '../memberKey';
import { totalRef } from '../scoreRefs';
import type { TotalSource } from '../scoreRefs';
import { buildSettingsSheet } from '../settingsSheet';
import { SheetNamer } from '../sheetNames';
import type { StoredConfig } from '../storedConfig';
import { buildSummarySheet } from '../summarySheet';
import type { AppraisalSettings, AppraisedMember } from '../types';
import { buildCopySheet } from './copySheet';
import { buildIssuesSheet } from './issuesSheet';
import { buildPoolSheet } from './poolSheet';
import type { FormCopy } from './readCopy';
import type { Issue } from '../../issue';

/** Whether a group needs a pool: some department came back in more than one copy from it. */
function needsPool(layouts: readonly FormLayout[]): boolean {
  const departments = layouts.map((l) => l.department);
  return new Set(departments).size < departments.length;
}

/**
 * The collected workbook: the summary, each filled copy rebuilt with its scores and live totals,
 * a pool per group that returned several copies of a form, the problems found, and the settings.
 */
export function buildCollectedModel(
  copies: readonly FormCopy[],
  members: readonly AppraisedMember[],
  settings: AppraisalSettings,
  issues: readonly Issue[],
  lang: Lang,
  reservedSheetNames: readonly string[] = [],
  /** The generation collected, kept so the result is known as the same batch. */
  origin: Pick<StoredConfig, 'generation' | 'roster'> = {},
): WorkbookModel {
  const namer = new SheetNamer(reservedSheetNames);
  const summaryName = namer.take(t('appraisal.sheet.summary', lang));
  const built = copies.map((copy, i) =>
    buildCopySheet(
      copy,
      namer.take(formSheetName(settings, copy.group, copy.department, lang)),
      `AppraisalScore${i + 1}`,
      settings,
      lang,
    ),
  );
  const pools: ModelSheet[] = [];
  const sources = settings.groups.map((group): TotalSource[] => {
    const layouts = built.map((b) => b.layout).filter((l) => l.group === group.name);
    if (!needsPool(layouts)) return layouts;
    const sheet = namer.take(`${t('appraisal.sheet.pool', lang)}-${group.name}`);
    const pool = buildPoolSheet(
      sheet,
      `AppraisalPool${pools.length + 1}`,
      group.name,
      layouts,
      members,
      settings.aggregate,
      lang,
    );
    pools.push(pool.sheet);
    return [pool.source];
  });
  const summary = buildSummarySheet(
    {
      sheet: summaryName,
      tableName: 'AppraisalSummary',
      members,
      settings,
      groupScore: (m, g, keyCell) => {
        const key = memberKey(members[m] ?? { studentId: '', name: '' });
        const source = sources[g]?.find((s) => s.members.some((x) => memberKey(x) === key));
        return source ? totalRef(source, key, keyCell) : undefined;
      },
    },
    lang,
  );
  const config: StoredConfig = {
    lang,
    settings,
    forms: built.map((b) => ({
      sheet: b.layout.sheet,
      group: b.layout.group,
      department: b.layout.department,
    })),
    summarySheet: summaryName,
    ...(origin.generation !== undefined ? { generation: origin.generation } : {}),
    ...(origin.roster ? { roster: origin.roster } : {}),
  };
  const issuesSheet =
    issues.length > 0
      ? [buildIssuesSheet(namer.take(t('appraisal.sheet.issues', lang)), issues, lang)]
      : [];
  const settingsSheet = buildSettingsSheet(
    namer.take(t('appraisal.sheet.settings', lang)),
    config,
    built.map((b) => b.layout.members.length),
    lang,
  );
  return {
    sheets: [summary, ...built.map((b) => b.sheet), ...pools, ...issuesSheet, settingsSheet],
  };
}
