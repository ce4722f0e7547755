/**
 * Settings saved by the WPS adapter travel in the file: as custom document properties of the
 * .xlsx (docProps/custom.xml), split into 255-character parts, and back after saving, closing and
 * opening again; also after another program (LibreOffice) saved the file. The .et format is WPS's
 * own and is confirmed by hand (docs/DEPLOY.md §7.4).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presetPolicy } from '../../src/core/policy/presets';
import type { StoredSettings } from '../../src/taskpane/gateway';
import { createWpsGateway } from '../../src/wps/gateway';
import { recalculate } from '../appraisal/libreoffice';
import { describeWith } from '../helpers/tools';
import { loadWpsDouble, saveWpsDouble, WpsDouble } from '../wps-double';

const settings: StoredSettings = {
  policyJson: JSON.stringify(presetPolicy('hnjt-2021')),
  overrides: [{ sheet: '学生会名单', kind: 'roster', headerRow: 3 }],
  appraisalJson: '{"scope":"all","school":"示范职业技术学院 & <二级学院>"}',
};

async function savedFile(dir: string): Promise<string> {
  const double = new WpsDouble();
  double.addSheet('学生会名单').cells.set('1,1', { value: '姓名' });
  await createWpsGateway(double.app).saveSettings(settings);
  expect(double.properties.length).toBeGreaterThan(4);
  const path = join(dir, 'saved.xlsx');
  await saveWpsDouble(double, path);
  return path;
}

describe('WPS settings in the saved .xlsx', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'uc-wps-settings-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('come back after saving and opening again', async () => {
    expect(settings.policyJson!.length).toBeGreaterThan(255);
    const reopened = await loadWpsDouble(await savedFile(dir));
    expect(await createWpsGateway(reopened.app).loadSettings()).toEqual(settings);
  });

  it('a file saved without them reads as no settings', async () => {
    const double = new WpsDouble();
    double.addSheet('Sheet1').cells.set('1,1', { value: 1 });
    const path = join(dir, 'plain.xlsx');
    await saveWpsDouble(double, path);
    expect(await createWpsGateway((await loadWpsDouble(path)).app).loadSettings()).toEqual({});
  });

  describeWith(['libreoffice'], 'through another program', () => {
    it('survive LibreOffice opening and saving the file', async () => {
      const again = await recalculate(await savedFile(dir), join(dir, 'lo'));
      const reopened = await loadWpsDouble(again);
      expect(await createWpsGateway(reopened.app).loadSettings()).toEqual(settings);
    }, 180_000);
  });
});
