import type { Lang } from '../../messages';
import type { ModelCell } from '../../report/sheetModel';
import { buildFormSheet } from '../formSheet';
import { titleParts } from '../titleText';
import type { AppraisalSettings } from '../types';
import type { FormCopy } from './readCopy';
import type { ScoreCell } from './scoreCell';

/** A collected score as a form cell: kept as typed, but marked when missing, not a number or out of range. */
export function scoreModelCell(score: ScoreCell | undefined, max: number): ModelCell {
  if (!score || score.kind === 'missing') return { style: 'pending', numFmt: 'decimal1' };
  if (score.kind === 'invalid') return { value: score.shown, style: 'violation' };
  const inRange = score.value >= 0 && score.value <= max;
  return { value: score.value, numFmt: 'decimal1', style: inRange ? 'input' : 'violation' };
}

/** A filled copy rebuilt as a form with its scores in place and live totals. */
export function buildCopySheet(
  copy: FormCopy,
  sheet: string,
  tableName: string,
  settings: AppraisalSettings,
  lang: Lang,
): ReturnType<typeof buildFormSheet> {
  const scores = new Map(copy.rows.map((r) => [r.member, r.scores]));
  return buildFormSheet(
    {
      sheet,
      tableName,
      group: copy.group,
      unit: { department: copy.department, members: copy.rows.map((r) => r.member) },
      template: settings.template,
      fill: (member, dim) =>
        scoreModelCell(scores.get(member)?.[dim], settings.template.dimensions[dim]?.max ?? 0),
      ...titleParts(settings),
    },
    lang,
  );
}
