/**
 * The oldest WPS we support: WPS Office 2019 (11.1.0.x) is the first line with JS add-ins
 * (WPS加载项, jsplugins/publish), on Windows and on Linux (UOS, 麒麟). The build below is the one
 * the deployment notes we could find show add-ins working on; the self-test page is how a school
 * confirms an older build before lowering it.
 */
export const MIN_VERSION = '11.1.0.9000';

function parts(v: string): number[] {
  return v.split('.').map((p) => Number.parseInt(p, 10) || 0);
}

/** Whether `version` (Application.Version / Build as WPS reports it) is at least MIN_VERSION. */
export function supportsAddins(version: string | undefined): boolean {
  if (!version) return false;
  const a = parts(version);
  const b = parts(MIN_VERSION);
  // WPS reports "11.1.0.xxxxx" for 2019 and later, "12.x" for WPS 365 and some Linux builds.
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
