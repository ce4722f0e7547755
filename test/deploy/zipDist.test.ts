import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { packageFiles, zipDist } from '../../scripts/deploy/zipDist';

describe('zipDist', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), content);
  };

  beforeAll(() => {
    put('taskpane.html', '<html>pane</html>');
    put('taskpane.js', 'console.log(1)');
    put('manifest.xml', '<OfficeApp/>');
    put('assets/icon-32.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    put('e2e/taskpane.html', 'test page: must not ship');
  });

  it('puts dist at the root of the zip, with the extras, leaving the browser-test build out', async () => {
    const { zip, files } = await zipDist(dist, { 'web.config': '<configuration/>' });
    const unzipped = await JSZip.loadAsync(zip);
    const names = Object.values(unzipped.files)
      .filter((f) => !f.dir)
      .map((f) => f.name)
      .sort();
    expect(names).toEqual([
      'assets/icon-32.png',
      'manifest.xml',
      'taskpane.html',
      'taskpane.js',
      'web.config',
    ]);
    expect(files).toEqual(names);
    expect(await unzipped.file('taskpane.html')?.async('string')).toBe('<html>pane</html>');
    const png = await unzipped.file('assets/icon-32.png')?.async('nodebuffer');
    expect([...(png ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]);
  });

  it('makes the same archive for the same files', async () => {
    const a = await zipDist(dist);
    const b = await zipDist(dist);
    expect(a.zip.equals(b.zip)).toBe(true);
  });

  it('refuses a dist built without the production manifest', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'dist-bare-'));
    try {
      writeFileSync(join(bare, 'taskpane.html'), '');
      await expect(zipDist(bare)).rejects.toThrow(/--env url=/);
      expect(await packageFiles(bare)).toEqual(['taskpane.html']);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
