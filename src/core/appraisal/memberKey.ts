import type { AppraisedMember } from './types';

/** How a member is matched across forms and files: the 学号, or the name when a roster row has none. */
export function memberKey(member: Pick<AppraisedMember, 'studentId' | 'name'>): string {
  const id = member.studentId.trim();
  return id ? `id:${id}` : `name:${member.name.trim()}`;
}
