import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES } from '../../src/core/messages';
import { UI_MESSAGES } from '../../src/core/messages/ui';

const PANE = join(__dirname, '..', '..', 'src', 'taskpane');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('ui.* messages', () => {
  it('has every literal key the pane uses', () => {
    const used = new Set<string>();
    for (const file of sources(PANE)) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /'((?:ui|report|status|severity|subject|preset|input|rule|io)\.[\w.+-]+)'/g,
      )) {
        used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !(key in MESSAGES));
    expect(missing).toEqual([]);
  });

  it('has the keys the pane builds from values', () => {
    const built = [
      ...['major+year', 'major', 'class'].map((v) => `ui.cohort.${v}`),
      ...['last-term', 'last-year', 'since-entry'].map((v) => `ui.window.${v}`),
      ...['discover', 'compute', 'write'].map((v) => `ui.progress.${v}`),
      ...['sure', 'unsure', 'changed'].map((v) => `ui.mapping.${v}`),
      ...['staff-total', 'presidium', 'departments', 'dept-staff'].map(
        (v) => `ui.settings.max.${v}`,
      ),
      ...['from-colleges', 'core-ratio'].map((v) => `ui.settings.percent.${v}`),
      ...['minDelegatePercent', 'minNonCadrePercent', 'minYearPercent'].map(
        (v) => `ui.settings.congress.${v}`,
      ),
    ];
    expect(built.filter((key) => !(key in UI_MESSAGES))).toEqual([]);
  });

  it('says everything in Chinese and in English', () => {
    for (const [key, message] of Object.entries(UI_MESSAGES)) {
      expect(key.startsWith('ui.')).toBe(true);
      expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en).toMatch(/[A-Za-z]/);
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(message.en)).toEqual(placeholders(message.zh));
    }
  });
});
