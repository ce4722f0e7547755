import type { Finding } from '../../core/findings';
import { t, type Lang, type MessageKey } from '../../core/messages';
import { termLabel } from '../../core/normalize/term';
import { findingText } from '../../core/report/findingText';
import type { MemberRecord } from '../../core/records';
import type { CheckResult, MemberStatus } from '../../core/result';
import {
  otherLevelText,
  summarize,
  windowLines,
  type CheckSummary,
  type MemberLine,
} from '../../core/summary';
import { issueText } from '../../core/issueText';

function memberHeading(line: MemberLine, lang: Lang): string {
  return (
    '  ' +
    t('cli.member', lang, {
      name: line.name,
      studentId: line.studentId,
      department: line.member?.department ?? '',
      title: line.member?.title ?? '',
    }).trimEnd()
  );
}

function findingLine(f: Finding | undefined, lang: Lang, member?: MemberRecord): string[] {
  if (!f) return [];
  const text = findingText(f, lang, member);
  return [`${text.rule}：${text.message}`];
}

function memberSection(
  result: CheckResult,
  summary: CheckSummary,
  lang: Lang,
  status: MemberStatus,
  key: MessageKey,
): string[] {
  const lines = summary.members.filter((m) => m.verdict && m.status === status);
  if (lines.length === 0) return [];
  const out = ['', `${t(key, lang)}（${lines.length}）`];
  for (const line of lines) {
    out.push(memberHeading(line, lang));
    for (const i of line.reasons)
      out.push(...findingLine(result.findings[i], lang, line.member).map((s) => `    - ${s}`));
  }
  return out;
}

function listSection(title: string, items: readonly string[]): string[] {
  return items.length === 0
    ? []
    : ['', `${title}（${items.length}）`, ...items.map((s) => `  - ${s}`)];
}

/** A readable summary for the terminal: counts first, then who and what is flagged, in `lang`. */
export function terminalSummary(result: CheckResult, lang: Lang): string {
  const summary = summarize(result);
  const { counts } = summary;
  const byId = new Map(summary.members.map((m) => [m.studentId, m]));
  const memberOf = (i: number) => {
    const s = result.findings[i]?.subject;
    return s?.kind === 'member' ? byId.get(s.studentId) : undefined;
  };
  const lines = [
    t('cli.header', lang, {
      preset: t(`preset.${result.policy.preset}`, lang),
      term: summary.referenceTerm ? termLabel(summary.referenceTerm) : t('report.noTerm', lang),
    }),
    t('cli.counts', lang, { ...counts }),
    t('summary.cli.structure', lang, {
      staff: result.union.staffTotal,
      presidium: result.union.presidium,
      departments: result.union.departments,
      over: counts.departmentsBreakingLimits,
    }),
    ...windowLines(summary.windows, lang, 'cli'),
    ...[otherLevelText(summary.otherLevel, lang)].filter((s): s is string => s !== undefined),
    ...memberSection(result, summary, lang, 'ineligible', 'cli.section.ineligible'),
    ...memberSection(result, summary, lang, 'pending', 'cli.section.pending'),
    ...listSection(
      t('cli.section.structure', lang),
      summary.structureFindings.flatMap((i) => {
        const line = memberOf(i);
        const text = findingLine(result.findings[i], lang, line?.member);
        return line ? text.map((s) => `${line.name}（${line.studentId}）${s}`) : text;
      }),
    ),
    ...listSection(
      t('summary.notes', lang),
      summary.notedMembers.flatMap((m) =>
        m.notes
          .flatMap((i) => findingLine(result.findings[i], lang, m.member))
          .map((s) => `${m.name}（${m.studentId}）${s}`),
      ),
    ),
  ];
  if (summary.notChecked.length > 0) {
    lines.push('', t('cli.section.skipped', lang));
    for (const s of summary.notChecked)
      lines.push(
        `  - ${t(`rule.${s.code}.title`, lang)}：${t(s.messageKey, lang, s.params ?? {})}`,
      );
  }
  if (result.issues.length > 0) {
    lines.push('', t('cli.section.issues', lang));
    for (const i of result.issues.slice(0, 20)) lines.push(`  - ${issueText(i, lang)}`);
    if (result.issues.length > 20)
      lines.push(`  ${t('cli.more', lang, { count: result.issues.length - 20 })}`);
  }
  if (counts.findings === 0) lines.push('', t('cli.noFindings', lang));
  return lines.join('\n') + '\n';
}
