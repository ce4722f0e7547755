// The production manifest: the dev manifest (manifest.xml, every URL under https://localhost:3000/)
// with every URL moved under the address where the school hosts the add-in. Plain CommonJS so that
// webpack.config.js, scripts/package.ts and the tests share one implementation.
'use strict';

/** Where `npm run dev-server` serves the pane; manifest.xml points here and nowhere else. */
const DEV_BASE = 'https://localhost:3000/';

/** A bad hosting address, with the reason in Chinese and English (IT reads one or the other). */
class DeployUrlError extends Error {
  constructor(zh, en) {
    super(`${zh}\n${en}`);
    // The build prints `stack`: IT should see the reason, not our call chain.
    this.stack = this.message;
  }
}
DeployUrlError.prototype.name = 'DeployUrlError';

/**
 * The hosting address as the manifest needs it: https, no user, query or fragment, ending in "/".
 * Office loads task panes only over HTTPS, so anything else is refused here rather than in Excel.
 */
function normaliseBaseUrl(input) {
  const example = 'https://addin.school.edu.cn/union/';
  if (typeof input !== 'string' || input.trim() === '') {
    throw new DeployUrlError(
      `请给出加载项的网址，例如 ${example}`,
      `Give the add-in's address, e.g. ${example}`,
    );
  }
  let url;
  try {
    url = new URL(input.trim());
  } catch {
    throw new DeployUrlError(
      `「${input}」不是有效的网址，例如 ${example}`,
      `"${input}" is not a valid address, e.g. ${example}`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new DeployUrlError(
      `「${input}」必须以 https:// 开头：Office 只加载 HTTPS 网站上的加载项。`,
      `"${input}" must start with https://: Office loads add-ins only from HTTPS sites.`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new DeployUrlError(
      `「${input}」不能带用户名、密码、“?”查询或“#”片段，只写网站和目录。`,
      `"${input}" must not carry a user name, password, "?" query or "#" fragment: site and folder only.`,
    );
  }
  if (/\.(html?|xml|js|png)$/i.test(url.pathname)) {
    throw new DeployUrlError(
      `「${input}」指向一个文件；请给出存放加载项的目录，例如 ${example}`,
      `"${input}" names a file; give the folder that holds the add-in, e.g. ${example}`,
    );
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/** Escapes what an XML attribute value cannot hold as is. */
function xmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Every http(s) address a manifest points at, in order; namespace names are not addresses. */
function manifestUrls(xml) {
  const body = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
  return [...body.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
}

/**
 * The manifest with every dev URL moved under `base` (normalised first). Throws when the manifest
 * still names another address afterwards: a URL left on localhost would fail only in Excel.
 */
function rewriteManifest(xml, base) {
  const target = normaliseBaseUrl(base);
  const rewritten = xml.split(DEV_BASE).join(xmlAttribute(target));
  const stray = manifestUrls(rewritten).filter((u) => !u.startsWith(target.replace(/&/g, '&amp;')));
  if (stray.length > 0 || rewritten === xml) {
    throw new Error(
      `manifest.xml: addresses outside ${DEV_BASE} cannot be rewritten: ${stray.join(', ') || '(none found)'}`,
    );
  }
  return rewritten;
}

module.exports = { DEV_BASE, DeployUrlError, normaliseBaseUrl, manifestUrls, rewriteManifest };
