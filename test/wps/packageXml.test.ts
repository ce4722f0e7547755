import {
  baseUrl,
  jspluginsXml,
  offlineFolder,
  PackageWpsError,
  publishXml,
} from '../../scripts/package-wps/xml';

describe('the WPS package lists', () => {
  it('point at the school address as a folder, escaped, as an ET (表格) add-in', () => {
    const url = baseUrl('https://addin.school.edu.cn/union-wps?a=1&b=2');
    expect(url).toBe('https://addin.school.edu.cn/union-wps?a=1&b=2/');
    expect(publishXml(url, '0.1.0')).toContain(
      'url="https://addin.school.edu.cn/union-wps?a=1&amp;b=2/"',
    );
    expect(jspluginsXml(url, '0.1.0')).toMatch(
      /<jsplugin name="union-compliance" type="et" url="[^"]+" version="0\.1\.0"/,
    );
    expect(offlineFolder('0.1.0')).toBe('union-compliance_0.1.0');
  });

  it('refuses a missing or non-http address in Chinese', () => {
    expect(() => baseUrl(undefined)).toThrow(PackageWpsError);
    expect(() => baseUrl('ftp://x/')).toThrow(/http\(s\)/);
    expect(() => baseUrl('不是网址')).toThrow(/不是有效的网址/);
  });
});
