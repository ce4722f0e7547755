import type { DoubleWorkbook } from '../excel-double';
import {
  addRoster,
  doubleFrom,
  gatewayFor,
  members,
  productMarks,
  rosterOnlyPolicy,
} from './helpers';

/** Two rosters (both highlighted by a check) and a teacher's notes sheet no check reads. */
async function workbook(): Promise<DoubleWorkbook> {
  return doubleFrom((wb) => {
    addRoster(wb, members(12, 2), '学生会名单');
    addRoster(wb, members(12, 2), '团委名单');
    wb.addWorksheet('备注').getCell('B2').value = '老师自己的备注';
  });
}

/** After the sync with this number runs its round trip, `act` changes the workbook (the teacher). */
function atSync(double: DoubleWorkbook, sync: number, act: () => void): void {
  let done = false;
  double.roundTrip = () => {
    if (!done && double.stats.syncs === sync) {
      done = true;
      act();
    }
    return Promise.resolve();
  };
}

describe('conditional formats Excel cannot read, or that vanish meanwhile', () => {
  it('a check reads rules only on the sheets it reads data from', async () => {
    const double = await workbook();
    double.breakConditionalFormats('备注');
    const answer = await gatewayFor(double).check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(answer.ok).toBe(true);
    if (answer.ok)
      expect(answer.value.issues.map((i) => i.messageKey)).not.toContain('excel.marksUnreadable');
  });

  it('a roster whose rules fail to load is named, the check and the other roster go on', async () => {
    const double = await workbook();
    const gateway = gatewayFor(double);
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    const once = productMarks(double, '学生会名单').length;
    expect(once).toBeGreaterThan(0);
    double.breakConditionalFormats('团委名单');
    const answer = await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const warned = answer.value.issues.filter((i) => i.messageKey === 'excel.marksUnreadable');
    expect(warned.map((i) => i.params)).toEqual([{ sheet: '团委名单' }]);
    // The readable roster has this run's highlights only, not the earlier ones as well.
    expect(productMarks(double, '学生会名单').length).toBe(once);
  });

  it('清除标记 clears what it can read and names the sheet it could not', async () => {
    const double = await workbook();
    const gateway = gatewayFor(double);
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    double.breakConditionalFormats('团委名单');
    const cleared = await gateway.clearMarks();
    expect(cleared.unreadable).toEqual(['团委名单']);
    expect(productMarks(double, '学生会名单')).toEqual([]);
    expect(cleared.reportSheets.length).toBeGreaterThan(0);
  });

  it('清除标记 copes with a highlight the teacher deleted after it was read (ItemNotFound)', async () => {
    const double = await workbook();
    const gateway = gatewayFor(double);
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    double.resetStats();
    // Syncs 1-2: inventory, 3: rules read; before sync 4 (the delete) the teacher removes one.
    atSync(double, 4, () => {
      const sheet = double.sheet('学生会名单');
      sheet.cfs = sheet.cfs.slice(1);
    });
    const cleared = await gateway.clearMarks();
    expect(productMarks(double, '学生会名单')).toEqual([]);
    expect(productMarks(double, '团委名单')).toEqual([]);
    expect(cleared.unreadable).toEqual([]);
    // The first delete failed and the clear looked again.
    expect(double.stats.syncs).toBeGreaterThan(4);
  });

  it('a check copes with an earlier highlight the teacher deleted before the write', async () => {
    const double = await workbook();
    const gateway = gatewayFor(double);
    await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    const earlier = productMarks(double, '学生会名单').map((cf) => cf.id);
    double.resetStats();
    let removed = false;
    double.roundTrip = () => {
      // Once the new highlights are in (the count doubled), the teacher deletes an old one.
      const sheet = double.sheet('学生会名单');
      if (!removed && productMarks(double, '学生会名单').length > earlier.length) {
        removed = true;
        sheet.cfs = sheet.cfs.filter((cf) => cf.id !== earlier[0]);
      }
      return Promise.resolve();
    };
    const answer = await gateway.check({ policy: rosterOnlyPolicy(), lang: 'zh' });
    expect(answer.ok).toBe(true);
    expect(removed).toBe(true);
    const now = productMarks(double, '学生会名单');
    expect(now.length).toBe(earlier.length);
    expect(now.some((cf) => earlier.includes(cf.id))).toBe(false);
  });
});
