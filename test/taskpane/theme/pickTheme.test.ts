import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import fc from 'fast-check';
import {
  colorScheme,
  isDarkOffice,
  luminance,
  pickTheme,
} from '../../../src/taskpane/theme/pickTheme';

const hex = (n: number) => n.toString(16).padStart(2, '0');

describe('pickTheme', () => {
  it('takes Office’s own dark flag over the colours', () => {
    expect(pickTheme({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe(webDarkTheme);
    expect(pickTheme({ isDarkTheme: false, bodyBackgroundColor: '#262626' })).toBe(webLightTheme);
  });

  it.each([
    ['Black', '#262626', webDarkTheme],
    ['Dark Gray', '#444444', webDarkTheme],
    ['Colorful', '#F3F2F1', webLightTheme],
    ['White', '#FFFFFF', webLightTheme],
  ])('reads the %s theme from its pane background %s', (_, bodyBackgroundColor, theme) => {
    expect(pickTheme({ bodyBackgroundColor })).toBe(theme);
  });

  it('stays light when Office gives no theme or an unreadable colour', () => {
    expect(pickTheme(undefined)).toBe(webLightTheme);
    expect(pickTheme({})).toBe(webLightTheme);
    expect(pickTheme({ bodyBackgroundColor: 'rgb(0,0,0)' })).toBe(webLightTheme);
  });

  it('accepts colours with or without # and in either case', () => {
    expect(luminance('1f1f1f')).toBeCloseTo(luminance('#1F1F1F')!, 10);
    expect(luminance(' #ffffff ')).toBeCloseTo(1, 10);
  });

  it('is dark exactly when the grey background is darker than a quarter luminance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), (v) => {
        const colour = `#${hex(v)}${hex(v)}${hex(v)}`;
        expect(isDarkOffice({ bodyBackgroundColor: colour })).toBe(luminance(colour)! < 0.25);
      }),
    );
  });

  it('orders greys by luminance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 254 }), (v) => {
        const darker = luminance(`#${hex(v)}${hex(v)}${hex(v)}`)!;
        const lighter = luminance(`#${hex(v + 1)}${hex(v + 1)}${hex(v + 1)}`)!;
        expect(lighter).toBeGreaterThan(darker);
      }),
    );
  });
});

describe('colorScheme', () => {
  it('is dark for Fluent’s dark theme and light for its light theme', () => {
    expect(colorScheme(webDarkTheme)).toBe('dark');
    expect(colorScheme(webLightTheme)).toBe('light');
    expect(colorScheme(pickTheme({ bodyBackgroundColor: '#262626' }))).toBe('dark');
  });
});
