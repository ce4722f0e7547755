/**
 * Whether the workbook counts dates from 1904 (Excel → 选项 → 高级 → 使用 1904 日期系统), asked
 * read-only through the worksheet function DATE (ExcelApi 1.2): DATE(1904,1,1) is 0 in the 1904
 * system and 1,462 in the 1900 one. Queued with the inventory's first sync, so it costs no sync;
 * the answer is read after that sync.
 */
export function queueDateSystem(ctx: Excel.RequestContext): () => boolean {
  const probe = ctx.workbook.functions.date(1904, 1, 1).load('value');
  return () => probe.value === 0;
}
