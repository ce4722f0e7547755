import type { Finding } from '../findings';
import { t, type Lang } from '../messages';
import type { MemberRecord } from '../records';
import { citeSourceShort } from '../rules/sources';

/** A finding as the words a teacher reads, shared by the report sheet, the CLI and the pane. */
export interface FindingText {
  readonly severity: string;
  readonly rule: string;
  readonly subject: string;
  readonly studentId: string;
  readonly name: string;
  readonly department: string;
  readonly title: string;
  readonly message: string;
  readonly sources: string;
}

/** Renders one finding; `member` supplies department and title for member findings. */
export function findingText(finding: Finding, lang: Lang, member?: MemberRecord): FindingText {
  const s = finding.subject;
  return {
    severity: t(`severity.${finding.severity}`, lang),
    rule: t(`rule.${finding.code}.title`, lang),
    subject: t(`subject.${s.kind}`, lang),
    studentId: s.kind === 'member' ? s.studentId : '',
    name: s.kind === 'member' ? s.name : '',
    department: s.kind === 'department' ? s.department : (member?.department ?? ''),
    title: member?.title ?? '',
    message: t(finding.messageKey, lang, finding.evidence),
    sources: finding.sources.map((id) => citeSourceShort(id, lang)).join('；'),
  };
}
