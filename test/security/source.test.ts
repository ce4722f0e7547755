import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, grep, ROOT } from './files';

const sources = filesUnder('src', /\.(ts|tsx|html)$/);

describe('the source holds nothing that runs text as code or talks to the network', () => {
  it('finds the sources it scans (the scan can fail)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(grep(sources, /createExcelGateway/).length).toBeGreaterThan(0);
  });

  it('no dangerouslySetInnerHTML, innerHTML, insertAdjacentHTML or document.write', () => {
    expect(
      grep(
        sources,
        /dangerouslySetInnerHTML|\.(inner|outer)HTML\b|insertAdjacentHTML|document\.write/,
      ),
    ).toEqual([]);
  });

  it('no eval, new Function, or string timers', () => {
    expect(
      grep(
        sources,
        /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(\s*['"`]|set(Timeout|Interval)\s*\(\s*['"`]/,
      ),
    ).toEqual([]);
  });

  it('no network or telemetry: no fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource or importScripts', () => {
    expect(
      grep(
        sources,
        /\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|sendBeacon|EventSource|importScripts/,
      ),
    ).toEqual([]);
  });

  it('no external address in the product code except office.js in the page template', () => {
    // The loopback address of `union-compliance web` (the page served on this machine) is not external.
    const urls = grep(sources, /https?:\/\/(?!127\.0\.0\.1[:/'])/).filter(
      (line) => !/^\S+:\d+: (\/\/|\*|\/\*\*)/.test(line),
    );
    expect(urls).toEqual([]);
  });
});

describe('the manifest asks for ReadWriteDocument and no more', () => {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

  it('has exactly one permission, ReadWriteDocument', () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(
      ['ReadWriteDocument'],
    );
    expect(manifest).not.toMatch(/ReadWriteMailbox|WebApplicationInfo|<Scopes>/);
  });

  it('loads every page of the add-in over https', () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|SourceLocation DefaultValue)="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});
