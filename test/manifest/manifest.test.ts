import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REQUIRED_EXCEL_API, REQUIRED_EXCEL_SET } from '../../src/excel/requirements';
import { describeWith } from '../helpers/tools';
import { MANIFEST, ROOT, validateManifest } from './validateOffline';

const manifest = readFileSync(MANIFEST, 'utf8');
describeWith(['xmllint', 'manifest-schemas'], 'manifest.xml against the XSD (offline)', () => {
  it('validates', () => {
    expect(validateManifest()).toEqual({ status: 'valid' });
  });

  it('rejects a manifest with Requirements after Permissions (the check can fail)', () => {
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(manifest)?.[0] ?? '';
    expect(requirements).not.toBe('');
    const moved = manifest
      .replace(requirements, '')
      .replace('<Permissions>ReadWriteDocument</Permissions>', (p) => `${p}${requirements}`);
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      const file = join(dir, 'manifest.xml');
      writeFileSync(file, moved);
      expect(validateManifest(file).status).toBe('invalid');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('manifest.xml content', () => {
  it('asks for ReadWriteDocument in Excel, Chinese by default', () => {
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
  });

  it('requires the ExcelApi set the adapter needs, and no more than Office 2021 LTSC has', () => {
    const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)];
    expect(sets.map((m) => [m[1], m[2]])).toEqual([[REQUIRED_EXCEL_SET, REQUIRED_EXCEL_API]]);
    const [major, minor] = REQUIRED_EXCEL_API.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(4);
    expect(minor).toBeLessThanOrEqual(14);
  });

  it('gives an en-US override for every localisable string', () => {
    const strings = [
      ...manifest.matchAll(
        /<(DisplayName|Description|bt:String)\b[^>]*DefaultValue="[^"]*"\s*(\/?)>/g,
      ),
    ];
    expect(strings.length).toBeGreaterThan(4);
    for (const open of strings) {
      expect(open[2]).toBe(''); // not self-closing: it holds an Override
    }
    const overrides = manifest.match(/<(bt:)?Override Locale="en-US" Value="[^"]+"\/>/g) ?? [];
    expect(overrides).toHaveLength(strings.length);
  });

  it('puts the ribbon button on the Home tab and opens the pane', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toContain('DefaultValue="学生会合规检查"');
  });

  it('points only at pages the build writes and icons that exist', () => {
    const urls = [...manifest.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]!);
    const pages = urls.filter((u) => u.endsWith('.html'));
    expect(new Set(pages)).toEqual(new Set(['taskpane.html', 'commands.html']));
    for (const icon of urls.filter((u) => u.endsWith('.png'))) {
      expect(existsSync(join(ROOT, icon))).toBe(true);
    }
  });
});
