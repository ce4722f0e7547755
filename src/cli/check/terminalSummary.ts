import { t, type Lang } from '../../core/messages';
import { termLabel } from '../../core/normalize/term';
import { findingText } from '../../core/report/findingText';
import type { CheckResult, MemberStatus } from '../../core/result';
import { countFindings } from './counts';

function memberSection(
  result: CheckResult,
  lang: Lang,
  status: MemberStatus,
  key: string,
): string[] {
  const verdicts = result.members.filter((v) => v.status === status);
  if (verdicts.length === 0) return [];
  const lines = ['', `${t(key, lang)}（${verdicts.length}）`];
  for (const v of verdicts) {
    const m = v.member;
    lines.push(
      '  ' +
        t('cli.member', lang, {
          name: m.name,
          studentId: m.studentId,
          department: m.department ?? '',
          title: m.title ?? '',
        }).trimEnd(),
    );
    for (const i of v.findingIndexes) {
      const f = result.findings[i];
      if (!f || f.severity === 'info') continue;
      const text = findingText(f, lang, m);
      lines.push(`    - ${text.rule}：${text.message}`);
    }
  }
  return lines;
}

/** A readable summary for the terminal: counts first, then who and what is flagged, in `lang`. */
export function terminalSummary(result: CheckResult, lang: Lang): string {
  const counts = countFindings(result);
  const lines = [
    t('cli.header', lang, {
      preset: t(`preset.${result.policy.preset}`, lang),
      term: result.referenceTerm ? termLabel(result.referenceTerm) : t('report.noTerm', lang),
    }),
    t('cli.counts', lang, { ...counts }),
    t('cli.structure', lang, {
      staff: result.union.staffTotal,
      presidium: result.union.presidium,
      departments: result.union.departments,
      over: counts.departmentsOverLimit,
    }),
    ...memberSection(result, lang, 'ineligible', 'cli.section.ineligible'),
    ...memberSection(result, lang, 'pending', 'cli.section.pending'),
  ];
  const structural = result.findings.filter(
    (f) => f.subject.kind !== 'member' && f.severity !== 'info',
  );
  if (structural.length > 0) {
    lines.push('', `${t('cli.section.structure', lang)}（${structural.length}）`);
    for (const f of structural) {
      const text = findingText(f, lang);
      lines.push(`  - ${text.rule}：${text.message}`);
    }
  }
  if (result.skipped.length > 0) {
    lines.push('', t('cli.section.skipped', lang));
    for (const s of result.skipped)
      lines.push(
        `  - ${t(`rule.${s.code}.title`, lang)}：${t(s.messageKey, lang, s.params ?? {})}`,
      );
  }
  if (result.issues.length > 0) {
    lines.push('', t('cli.section.issues', lang));
    for (const i of result.issues.slice(0, 20))
      lines.push(`  - ${t(i.messageKey, lang, i.params)}`);
    if (result.issues.length > 20)
      lines.push(`  ${t('cli.more', lang, { count: result.issues.length - 20 })}`);
  }
  if (counts.findings === 0) lines.push('', t('cli.noFindings', lang));
  return lines.join('\n') + '\n';
}
