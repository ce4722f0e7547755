import type { EtApplication } from '../et';

/** WPS's application object, or undefined outside WPS. The only place the adapter names WPS's globals. */
export function wpsApplication(): (EtApplication & Partial<WPS.AddonRoot>) | undefined {
  const w = window as unknown as { Application?: unknown; wps?: { EtApplication?: () => unknown } };
  const app = w.Application ?? w.wps?.EtApplication?.();
  return app && typeof app === 'object'
    ? (app as EtApplication & Partial<WPS.AddonRoot>)
    : undefined;
}

/** Application.Version with the build, as the pane shows it (e.g. 11.1.0.11704). */
export function versionOf(app: EtApplication): string {
  const v = String(app.Version ?? '');
  const build = app.Build;
  return v.split('.').length >= 4 || !build ? v : `${v}.${build}`;
}
