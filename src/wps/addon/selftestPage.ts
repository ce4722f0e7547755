/**
 * The self-test page (selftest.html), opened by a person in real WPS before a release: it opens a
 * new, empty workbook (never the teacher's), runs every adapter call there and lists pass/fail.
 */
import { runSelfTest } from './selftest';
import { versionOf, wpsApplication } from './host';

async function main(): Promise<void> {
  const out = document.getElementById('results');
  if (!out) return;
  const app = wpsApplication();
  if (!app) {
    out.textContent = '请在 WPS 表格中打开此页面。';
    return;
  }
  // A new workbook, so nothing of the teacher's is touched.
  (app as unknown as { Workbooks?: { Add(): unknown } }).Workbooks?.Add();
  const head = document.createElement('p');
  head.textContent = `WPS ${versionOf(app)} · ${navigator.userAgent}`;
  out.append(head);
  for (const r of await runSelfTest(app)) {
    const line = document.createElement('li');
    line.textContent = `${r.pass ? '通过 PASS' : '失败 FAIL'} · ${r.name} · ${r.detail}`;
    line.style.color = r.pass ? '#006100' : '#9C0006';
    out.append(line);
  }
}

void main();
