import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEV_BASE,
  manifestUrls,
  normaliseBaseUrl,
  rewriteManifest,
} from '../../scripts/deploy/manifest';
import { describeWith } from '../helpers/tools';
import { MANIFEST, validateManifest } from '../manifest/validateOffline';

const dev = readFileSync(MANIFEST, 'utf8');
const BASE = 'https://addin.school.edu.cn/union/';

describe('normaliseBaseUrl', () => {
  it.each([
    ['https://addin.school.edu.cn/union/', BASE],
    ['https://addin.school.edu.cn/union', BASE],
    ['  https://ADDIN.school.edu.cn/union  ', BASE],
    ['https://addin.school.edu.cn', 'https://addin.school.edu.cn/'],
    ['https://addin.school.edu.cn:8443/a/b', 'https://addin.school.edu.cn:8443/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseBaseUrl(input)).toBe(expected);
  });

  it.each([
    ['http://addin.school.edu.cn/union/', /https:\/\//],
    ['addin.school.edu.cn/union', /不是有效的网址[\s\S]*not a valid address/],
    ['https://addin.school.edu.cn/union/?v=1', /查询[\s\S]*query/],
    ['https://addin.school.edu.cn/union/#top', /片段[\s\S]*fragment/],
    ['https://it:secret@addin.school.edu.cn/', /密码[\s\S]*password/],
    ['https://addin.school.edu.cn/union/taskpane.html', /目录[\s\S]*folder/],
    ['', /请给出加载项的网址[\s\S]*Give the add-in's address/],
  ])('refuses %j in Chinese and English', (input, message) => {
    expect(() => normaliseBaseUrl(input)).toThrow(message);
  });

  it('refuses a missing value (webpack passes `true` for a bare --env url)', () => {
    expect(() => normaliseBaseUrl(true)).toThrow(/请给出/);
  });
});

describe('rewriteManifest', () => {
  const prod = rewriteManifest(dev, 'https://addin.school.edu.cn/union');

  it('moves every URL of the dev manifest under the school address, path kept', () => {
    const before = manifestUrls(dev);
    const after = manifestUrls(prod);
    expect(before.length).toBeGreaterThanOrEqual(8);
    expect(before.every((u) => u.startsWith(DEV_BASE))).toBe(true);
    expect(after).toEqual(before.map((u) => BASE + u.slice(DEV_BASE.length)));
    expect(prod).not.toContain('localhost');
  });

  it('covers the pane, the commands page, the icons and the support link', () => {
    expect(prod).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(prod).toContain(`<SupportUrl DefaultValue="${BASE}taskpane.html"/>`);
    expect(prod).toContain(`<IconUrl DefaultValue="${BASE}assets/icon-32.png"/>`);
    expect(prod).toContain(`DefaultValue="${BASE}commands.html"`);
    expect(prod).toContain(`DefaultValue="${BASE}assets/icon-80.png"`);
  });

  it('changes nothing but the addresses', () => {
    expect(prod.split(BASE).join(DEV_BASE)).toBe(dev);
  });

  it('escapes an address for XML', () => {
    const odd = rewriteManifest(dev, 'https://a.edu.cn/x&y/');
    expect(odd).toContain('DefaultValue="https://a.edu.cn/x&amp;y/taskpane.html"');
  });

  it('refuses a manifest that names an address it cannot move', () => {
    const stray = dev.replace(
      '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SupportUrl DefaultValue="https://example.com/help"/>',
    );
    expect(() => rewriteManifest(stray, BASE)).toThrow(/example\.com\/help/);
  });

  it('refuses an http address', () => {
    expect(() => rewriteManifest(dev, 'http://addin.school.edu.cn/')).toThrow(/https:\/\//);
  });
});

describeWith(
  ['xmllint', 'manifest-schemas'],
  'the rewritten manifest against the XSD (offline)',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-prod-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([BASE, 'https://a.edu.cn:8443/x&y/', 'https://addin.school.edu.cn/'])(
      'validates for %s',
      (base) => {
        const file = join(dir, 'manifest.xml');
        writeFileSync(file, rewriteManifest(dev, base));
        expect(validateManifest(file)).toEqual({ status: 'valid' });
      },
    );

    it('the check can fail: an unescaped & breaks it', () => {
      const file = join(dir, 'broken.xml');
      writeFileSync(file, dev.split(DEV_BASE).join('https://a.edu.cn/x&y/'));
      expect(validateManifest(file).status).toBe('invalid');
    });
  },
);

describe('the manifest version', () => {
  it('follows package.json, so a new release reaches centrally deployed Excel', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const version = /<Version>([^<]+)<\/Version>/.exec(dev)?.[1];
    expect(version).toBe(`${pkg.version}.0`);
  });
});
