import { runSelfTest } from '../../src/wps/addon/selftest';
import { supportsAddins } from '../../src/wps/addon/version';
import { WpsDouble } from '../wps-double';

describe('the WPS self-test page', () => {
  it('passes every call the double models, and fails only where a real WPS is needed', async () => {
    const double = new WpsDouble();
    double.addSheet('Sheet1');
    double.active = 'Sheet1';
    const results = await runSelfTest(double.app);
    const failed = results.filter((r) => !r.pass).map((r) => r.name);
    // The double has no calculation engine and no Protect(): those are what only real WPS confirms.
    // Every other call passes, the appraisal's included.
    expect(failed).toEqual([
      'Range.Value2 error value is a CVErr number',
      'Range.Formula (English names)',
      '考核汇总 computes from typed scores (cross-sheet formulas)',
      'protected sheet refuses a write',
    ]);
    expect(results.length).toBeGreaterThan(15);
    expect(double.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(double.properties.filter((p) => p.name.endsWith('selftest'))).toEqual([]);
  });

  it('tells a WPS too old for add-ins', () => {
    expect(supportsAddins('11.1.0.11704')).toBe(true);
    expect(supportsAddins('12.1.0.16120')).toBe(true);
    expect(supportsAddins('10.1.0.7698')).toBe(false);
    expect(supportsAddins(undefined)).toBe(false);
  });
});
