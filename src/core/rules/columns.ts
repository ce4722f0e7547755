import type { MemberRecord } from '../records';
import type { RosterField } from '../tables';
import type { RuleContext } from './types';

/**
 * Whether the roster has a column for `field`: the mapping says so when the context carries it,
 * otherwise some row holds a value for it.
 */
export function hasRosterField(
  ctx: RuleContext,
  field: RosterField,
  valueOf: (member: MemberRecord) => unknown,
): boolean {
  if (ctx.rosterFields) return ctx.rosterFields.includes(field);
  return ctx.members.some((member) => valueOf(member) !== undefined && valueOf(member) !== '');
}
