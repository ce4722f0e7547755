import {
  baseUrl,
  jspluginsXml,
  offlineFolder,
  PackageWpsError,
  publishXml,
} from '../../scripts/package-wps/xml';

describe('the WPS package lists', () => {
  it('point at the school address as a folder, escaped, as an ET (表格) add-in', () => {
    const url = baseUrl('https://addin.school.edu.cn/学生会&团委');
    expect(url).toBe('https://addin.school.edu.cn/%E5%AD%A6%E7%94%9F%E4%BC%9A&%E5%9B%A2%E5%A7%94/');
    expect(publishXml(url, '0.1.0')).toContain('&amp;%E5%9B%A2');
    expect(() => baseUrl('https://x.edu.cn/a?b=1')).toThrow(PackageWpsError);
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
