import { fieldsOf, KIND_SPECS } from '../discovery';
import { INPUT_MESSAGES } from './input';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('input messages', () => {
  it('uses the same placeholders in Chinese and English, with their own names where they differ', () => {
    for (const [key, message] of Object.entries(INPUT_MESSAGES)) {
      const zh = placeholders(message.zh).map((p) => p.replace(/En$/, ''));
      const en = placeholders(message.en).map((p) => p.replace(/En$/, ''));
      expect([key, zh]).toEqual([key, en]);
    }
  });

  it('names the cell by sheet, row and column letter in every cell message', () => {
    for (const [key, message] of Object.entries(INPUT_MESSAGES)) {
      if (!message.zh.includes('{col}')) continue;
      expect([key, placeholders(message.en)]).toEqual([
        key,
        expect.arrayContaining(['sheet', 'row', 'col']),
      ]);
    }
  });

  it('has a label for every kind and every field', () => {
    for (const spec of KIND_SPECS) {
      expect(INPUT_MESSAGES[`input.kind.${spec.kind}`]).toBeDefined();
      for (const field of fieldsOf(spec.kind))
        expect([field, INPUT_MESSAGES[`input.field.${field}`]?.zh]).toEqual([
          field,
          expect.any(String),
        ]);
    }
  });

  it('keeps every key in the input namespace', () => {
    for (const key of Object.keys(INPUT_MESSAGES)) expect(key.startsWith('input.')).toBe(true);
  });
});
