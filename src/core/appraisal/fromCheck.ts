import type { Lang } from '../messages';
import type { AttendanceRecord, MemberRecord } from '../records';
import type { CheckResult } from '../result';
import { titleClassifier } from '../rules/roles';
import { buildAppraisalWorkbook } from './build';
import type { AppraisalBuild } from './build';
import { selectForms } from './selection';
import type { RankEvidence } from './suggestions';
import type { AppraisalSettings } from './types';
import type { Issue, Result } from '../issue';

export interface CheckAppraisalInput {
  /** The check of the teacher's workbook: its members, their academic records, the policy's titles. */
  readonly result: CheckResult;
  /** Attendance rows from the collector (Collected.attendance), when the workbook has a sign-in sheet. */
  readonly attendance?: readonly AttendanceRecord[];
  readonly settings: AppraisalSettings;
  readonly lang: Lang;
  readonly reservedSheetNames?: readonly string[];
}

/** A generated appraisal workbook, with what the teacher should know about it. */
export interface AppraisalBuilt {
  readonly build: AppraisalBuild;
  readonly warnings: readonly Issue[];
}

export type CheckAppraisalOutcome = Result<AppraisalBuilt>;

/** Rank percentiles by 学号: the computed rank, or the school's own 综合排名 from the roster. */
export function ranksFromCheck(result: CheckResult): Map<string, RankEvidence> {
  const ranks = new Map<string, RankEvidence>();
  for (const { member, academic } of result.members) {
    const rank = academic?.rank;
    const school = member.schoolRank;
    if (rank)
      ranks.set(member.studentId, {
        percent: rank.percent,
        rank: rank.rank,
        cohortSize: rank.cohortSize,
      });
    else if (school?.percent !== undefined)
      ranks.set(member.studentId, {
        percent: school.percent,
        ...(school.rank !== undefined && school.cohortSize !== undefined
          ? { rank: school.rank, cohortSize: school.cohortSize }
          : {}),
      });
  }
  return ranks;
}

function unclassifiedWarning(members: readonly MemberRecord[]): Issue[] {
  if (members.length === 0) return [];
  const names = members.map((m) => `${m.name}（${m.title ?? ''}）`).join('、');
  const first = members[0];
  return [
    {
      severity: 'warning',
      messageKey: 'appraisal.unclassified',
      params: { count: members.length, names },
      ...(first ? { ref: first.ref } : {}),
    },
  ];
}

/**
 * The appraisal workbook for a checked roster: who is appraised (roles from the policy's titles),
 * evidence for suggested scores, then the forms and the summary. The pane and the CLI both call this.
 */
export function buildAppraisalFromCheck(input: CheckAppraisalInput): CheckAppraisalOutcome {
  const { result, settings, lang } = input;
  const classify = titleClassifier(result.policy);
  const members = result.members.map((v) => v.member);
  const selection = selectForms(
    {
      members,
      roleOf: (m) => classify(m.title, m.department),
      scope: settings.scope,
      layout: settings.layout,
    },
    lang,
  );
  const warnings = settings.scope === 'leaders' ? unclassifiedWarning(selection.unclassified) : [];
  if (selection.units.length === 0)
    return {
      ok: false,
      issues: [
        ...warnings,
        { severity: 'error', messageKey: 'appraisal.noMembers', params: { scope: settings.scope } },
      ],
    };
  const build = buildAppraisalWorkbook({
    settings,
    units: selection.units,
    evidence: {
      ranks: ranksFromCheck(result),
      ...(input.attendance ? { attendance: input.attendance } : {}),
    },
    lang,
    ...(input.reservedSheetNames ? { reservedSheetNames: input.reservedSheetNames } : {}),
  });
  return { ok: true, value: { build, warnings } };
}
