import type { MappingOverride } from '../core/discovery/types';
import type { StoredSettings } from '../taskpane/gateway';
import { MSO_PROPERTY_STRING, type EtApplication, type EtDocumentProperties } from './et';
import { activeBook } from './inventory';

/**
 * Settings live in the workbook's custom document properties (文件 > 属性 > 自定义). They are saved
 * with the file as .xlsx (docProps/custom.xml) and as .et/.xls (the document summary stream), need
 * no sheet (so nothing appears among the teacher's sheets, and a protected workbook structure does
 * not stop saving them), and travel with the file to the next teacher. Office limits a text
 * property to 255 characters, so each value is kept in numbered parts: `UnionCompliance.policy#1`, …
 * and the plain key holds the number of parts.
 */
export const PROPERTY_KEYS = {
  policy: 'UnionCompliance.policy',
  overrides: 'UnionCompliance.overrides',
  appraisal: 'UnionCompliance.appraisal',
} as const;

export const PART_CHARS = 255;

function byName(props: EtDocumentProperties): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 1; i <= props.Count; i++) {
    const p = props.Item(i);
    out.set(p.Name, String(p.Value));
  }
  return out;
}

function readValue(all: ReadonlyMap<string, string>, key: string): string | undefined {
  const count = Number(all.get(key));
  if (!Number.isInteger(count) || count < 1) return undefined;
  let text = '';
  for (let i = 1; i <= count; i++) {
    const part = all.get(`${key}#${i}`);
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

function deleteValue(props: EtDocumentProperties, key: string): void {
  for (let i = props.Count; i >= 1; i--) {
    const p = props.Item(i);
    if (p.Name === key || p.Name.startsWith(`${key}#`)) p.Delete();
  }
}

function writeValue(props: EtDocumentProperties, key: string, value: string): void {
  deleteValue(props, key);
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += PART_CHARS) parts.push(value.slice(i, i + PART_CHARS));
  if (parts.length === 0) parts.push('');
  parts.forEach((p, i) => props.Add(`${key}#${i + 1}`, false, MSO_PROPERTY_STRING, p));
  props.Add(key, false, MSO_PROPERTY_STRING, String(parts.length));
}

function overridesOf(text: string | undefined): MappingOverride[] | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const ok =
      Array.isArray(parsed) &&
      parsed.every(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as { sheet?: unknown }).sheet === 'string',
      );
    return ok ? (parsed as MappingOverride[]) : undefined;
  } catch {
    return undefined;
  }
}

export function runLoadSettings(app: EtApplication): StoredSettings {
  const all = byName(activeBook(app).CustomDocumentProperties);
  const policyJson = readValue(all, PROPERTY_KEYS.policy);
  const overrides = overridesOf(readValue(all, PROPERTY_KEYS.overrides));
  const appraisalJson = readValue(all, PROPERTY_KEYS.appraisal);
  return {
    ...(policyJson !== undefined ? { policyJson } : {}),
    ...(overrides ? { overrides } : {}),
    ...(appraisalJson !== undefined ? { appraisalJson } : {}),
  };
}

/** Stores what is given; a field left out stays as it was. */
export function runSaveSettings(app: EtApplication, s: StoredSettings): void {
  const props = activeBook(app).CustomDocumentProperties;
  if (s.policyJson !== undefined) writeValue(props, PROPERTY_KEYS.policy, s.policyJson);
  if (s.overrides !== undefined)
    writeValue(props, PROPERTY_KEYS.overrides, JSON.stringify(s.overrides));
  if (s.appraisalJson !== undefined) writeValue(props, PROPERTY_KEYS.appraisal, s.appraisalJson);
}
