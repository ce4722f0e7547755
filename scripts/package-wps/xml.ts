/**
 * The lists WPS reads to find the add-in (WPS加载项). Online: the school's server hosts dist/wps and
 * each WPS points at it through publish.xml (加载项发布页 / jsaddons) or jsplugins.xml (oem.ini
 * JSPluginsServer). Offline: the folder is copied into jsaddons as `名称_版本` and jsplugins.xml
 * names it with a file:/// address.
 */
export const ADDIN_NAME = 'union-compliance';

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export class PackageWpsError extends Error {}

/** The school's address for the add-in folder, ending in `/`; http(s) only. */
export function baseUrl(raw: string | undefined): string {
  if (!raw)
    throw new PackageWpsError('需要 --url，例如 --url https://addin.school.edu.cn/union-wps/');
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new PackageWpsError(`--url 不是有效的网址：${raw}`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new PackageWpsError(`--url 必须是 http(s) 地址：${raw}`);
  if (u.search || u.hash)
    throw new PackageWpsError(`--url 应是加载项所在的文件夹，不含 ? 或 #：${raw}`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

export function publishXml(url: string, version: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jspluginonline name="${ADDIN_NAME}" type="et" url="${esc(url)}" version="${esc(version)}" enable="enable_dev" install="null"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

export function jspluginsXml(url: string, version: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jsplugin name="${ADDIN_NAME}" type="et" url="${esc(url)}" version="${esc(version)}" enable="true"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

/** The folder name WPS expects under jsaddons for an offline add-in. */
export function offlineFolder(version: string): string {
  return `${ADDIN_NAME}_${version}`;
}
