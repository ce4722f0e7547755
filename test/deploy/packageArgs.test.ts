import { parsePackageArgs, PackageArgsError } from '../../scripts/deploy/packageArgs';

describe('parsePackageArgs', () => {
  it('reads --url in both spellings and normalises it', () => {
    expect(parsePackageArgs(['--url', 'https://a.edu.cn/union'], {})).toEqual({
      url: 'https://a.edu.cn/union/',
      cdn: 'global',
    });
    expect(parsePackageArgs(['--url=https://a.edu.cn/', '--cdn=21vianet'], {})).toEqual({
      url: 'https://a.edu.cn/',
      cdn: '21vianet',
    });
  });

  it('falls back to ADDIN_URL / ADDIN_CDN, then npm’s --url= config', () => {
    expect(
      parsePackageArgs([], { ADDIN_URL: 'https://b.edu.cn/x', ADDIN_CDN: '21vianet' }),
    ).toEqual({ url: 'https://b.edu.cn/x/', cdn: '21vianet' });
    expect(parsePackageArgs([], { npm_config_url: 'https://c.edu.cn' }).url).toBe(
      'https://c.edu.cn/',
    );
    expect(
      parsePackageArgs(['--url', 'https://d.edu.cn'], { ADDIN_URL: 'https://e.edu.cn' }).url,
    ).toBe('https://d.edu.cn/');
  });

  it.each([
    [[], /请给出[\s\S]*give the hosting address[\s\S]*用法/],
    [['--url', 'http://a.edu.cn/'], /https:\/\/[\s\S]*用法/],
    [['--url', 'https://a.edu.cn/', '--cdn', 'china'], /global 或 21vianet/],
    [['--url', 'https://a.edu.cn/', '--zip'], /unknown argument: --zip/],
  ])('refuses %j with the reason and the usage', (argv, message) => {
    const run = () => parsePackageArgs(argv, {});
    expect(run).toThrow(PackageArgsError);
    expect(run).toThrow(message);
  });
});
