/** A Content-Security-Policy as directive → sources. */
export type Csp = ReadonlyMap<string, readonly string[]>;

/** Parses `default-src 'none'; script-src 'self' https://…` into its directives. */
export function parseCsp(text: string): Csp {
  const out = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The CSP of an HTML page's `<meta http-equiv="Content-Security-Policy">` (minified or not). */
export function metaCsp(html: string): string | undefined {
  const meta =
    /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/i.exec(
      html,
    );
  return meta ? (meta[2] ?? meta[3]) : undefined;
}

/** Every `<script src>` of a page. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=("([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map(
    (m) => m[2] ?? m[3] ?? m[4] ?? '',
  );
}

/**
 * The checks every page's policy must pass: nothing loads or connects anywhere but the add-in's own
 * files and office.js's folder; no eval, no plug-ins, no base or form targets.
 */
export function cspProblems(csp: Csp, officeDir: string | undefined): string[] {
  const problems: string[] = [];
  const expect = (directive: string, wanted: readonly string[]) => {
    const got = csp.get(directive);
    if (!got || [...got].sort().join(' ') !== [...wanted].sort().join(' '))
      problems.push(`${directive}: ${got?.join(' ') ?? '(missing)'} (want ${wanted.join(' ')})`);
  };
  const office = officeDir ? [officeDir] : [];
  expect('default-src', ["'none'"]);
  expect('script-src', ["'self'", ...office]);
  expect('connect-src', office.length ? office : ["'none'"]);
  expect('object-src', ["'none'"]);
  expect('base-uri', ["'none'"]);
  expect('form-action', ["'none'"]);
  expect('worker-src', ["'self'"]);
  for (const [directive, sources] of csp)
    for (const source of sources)
      if (
        /unsafe-eval|wasm-unsafe-eval|^\*$|^https?:$|^http:\/\/|^blob:$/.test(source) ||
        (directive !== 'style-src' && source === "'unsafe-inline'")
      )
        problems.push(`${directive} allows ${source}`);
  return problems;
}
