import { EtError } from '../wps-double';
import { WpsDouble } from '../wps-double';

/** The double binds sheet references as WPS does, so the adapter's write order is tested. */
describe('sheet references in the ET double', () => {
  function book() {
    const d = new WpsDouble();
    d.addSheet('汇总');
    d.addSheet('评分-1');
    d.displayAlerts = false;
    return d;
  }

  it('refuses a formula naming a sheet that does not exist (WPS would ask for a file)', () => {
    const d = book();
    const ws = d.app.ActiveWorkbook!.Worksheets.Item('汇总');
    expect(() => (ws.Range('A1').Formula = "='评分-2'!B3")).toThrow(/does not exist/);
    ws.Range('A1').Formula = '=\'评分-1\'!B3+LEN("x!y")';
    expect(d.sheet('汇总').cells.get('1,1')?.formula).toBe('=\'评分-1\'!B3+LEN("x!y")');
  });

  it('rewrites a reference on rename and turns it into #REF! on delete', () => {
    const d = book();
    const sheets = d.app.ActiveWorkbook!.Worksheets;
    sheets.Item('汇总').Range('A1').Formula = "=SUM('评分-1'!B3:B9)";
    sheets.Item('评分-1').Name = "王's 表";
    expect(d.sheet('汇总').cells.get('1,1')?.formula).toBe("=SUM('王''s 表'!B3:B9)");
    sheets.Item("王's 表").Delete();
    expect(d.sheet('汇总').cells.get('1,1')?.formula).toBe('=SUM(#REF!)');
    expect(() => sheets.Item('评分-1')).toThrow(EtError);
  });
});
