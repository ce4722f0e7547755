import { richCode } from './errors';

/**
 * Deletes earlier highlights, in a sync of their own after the new sheets and highlights are in.
 * A rule the teacher removed meanwhile makes Excel answer ItemNotFound and stop the batch at that
 * delete; then the rest are deleted one sync each, a rule already gone counting as done. Their own
 * sync keeps that answer from stopping anything else; only the rare failure costs more syncs.
 */
export async function removeMarks(
  ctx: Excel.RequestContext,
  marks: readonly Excel.ConditionalFormat[],
): Promise<void> {
  if (marks.length === 0) return;
  for (const cf of marks) cf.delete();
  try {
    await ctx.sync();
    return;
  } catch (error) {
    if (richCode(error) !== 'ItemNotFound') throw error;
  }
  for (const cf of marks) {
    cf.delete();
    try {
      await ctx.sync();
    } catch (error) {
      if (richCode(error) !== 'ItemNotFound') throw error;
    }
  }
}
