import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** What Office reports of its current theme (Office.context.officeTheme), all optional. */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  /** Black or Dark Gray; newer Office gives it, older builds and some hosts only give colours. */
  readonly isDarkTheme?: boolean;
}

/** Relative luminance (0 black .. 1 white) of a `#RRGGBB` colour; undefined when unreadable. */
export function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? '');
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => {
    const c = parseInt(part ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office says so, else when its pane background is dark (Black and Dark Gray themes). */
export function isDarkOffice(colours: OfficeThemeColours | undefined): boolean {
  if (typeof colours?.isDarkTheme === 'boolean') return colours.isDarkTheme;
  const background = luminance(colours?.bodyBackgroundColor);
  return background !== undefined && background < 0.25;
}

/** Fluent's web theme matching Office's: dark follows Office's dark themes, light otherwise. */
export function pickTheme(colours: OfficeThemeColours | undefined): Theme {
  return isDarkOffice(colours) ? webDarkTheme : webLightTheme;
}

/** The CSS colour scheme of a Fluent theme, so native parts (select lists, scrollbars) match it. */
export function colorScheme(theme: Pick<Theme, 'colorNeutralBackground1'>): 'dark' | 'light' {
  const background = luminance(theme.colorNeutralBackground1);
  return background !== undefined && background < 0.25 ? 'dark' : 'light';
}
