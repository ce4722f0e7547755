import { t, type Lang } from '../../core/messages';
import type { CheckResult } from '../../core/result';
import { termLabel } from '../../core/normalize/term';
import { summarize } from '../../core/summary';
import { issueText } from '../../core/issueText';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The machine-readable result: each finding names its rule by its code (docs/RULES.md §1, §2) and its member by
 * 学号 as text, with the evidence as data and the message rendered in `lang`.
 */
export function toJson(result: CheckResult, lang: Lang): unknown {
  const summary = summarize(result);
  return {
    preset: result.policy.preset,
    level: result.policy.level,
    referenceTerm: result.referenceTerm ? termLabel(result.referenceTerm) : null,
    summary: summary.counts,
    windows: summary.windows.map((w) => ({
      rule: w.code,
      window: w.window,
      terms: w.terms.map(termLabel),
    })),
    otherLevel: summary.otherLevel ?? null,
    members: result.members.map((v) => ({
      studentId: v.member.studentId,
      name: v.member.name,
      department: v.member.department ?? null,
      title: v.member.title ?? null,
      status: v.status,
      sheet: v.member.ref.sheet,
      row: v.member.ref.row,
      rules: [...new Set(v.findingIndexes.map((i) => result.findings[i]?.code))].filter(Boolean),
      academic: v.academic
        ? {
            gradeRows: v.academic.gradeRows,
            average: v.academic.average === undefined ? null : round2(v.academic.average),
            rank: v.academic.rank?.rank ?? null,
            cohortSize: v.academic.rank?.cohortSize ?? null,
            percent: v.academic.rank ? round2(v.academic.rank.percent) : null,
            rankSource: v.academic.rank?.source ?? null,
            cohort: v.academic.rank?.cohortLabel ?? v.academic.cohortLabel ?? null,
            notes: (v.academic.notes ?? []).map((n) => t(n.messageKey, lang, n.params)),
            failed: v.academic.failed.map((f) => ({
              course: f.courseName,
              shown: f.shown,
              passedLater: f.passedLater,
            })),
          }
        : null,
    })),
    departments: result.departments,
    findings: result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      subject: f.subject,
      ...(f.ref ? { file: f.ref.file ?? null, sheet: f.ref.sheet, row: f.ref.row } : {}),
      message: t(f.messageKey, lang, f.evidence),
      evidence: f.evidence,
      sources: f.sources,
    })),
    skipped: result.skipped.map((s) => ({
      code: s.code,
      reason: t(s.messageKey, lang, s.params ?? {}),
    })),
    issues: result.issues.map((i) => ({
      severity: i.severity,
      key: i.messageKey,
      message: issueText(i, lang),
      ...(i.ref ? { file: i.ref.file ?? null, sheet: i.ref.sheet, row: i.ref.row } : {}),
      ...(i.ref && 'col' in i.ref ? { col: i.ref.col } : {}),
    })),
  };
}
