import type { Member } from '../model';
import type { CellOut, TableSpec } from '../xlsx/table';

type Field = readonly [header: string, value: (m: Member, i: number) => CellOut];

const FIELDS: readonly Field[] = [
  ['序号', (_m, i) => i + 1],
  ['姓名', (m) => m.name],
  ['学号', (m) => m.studentId],
  ['性别', (m) => m.gender],
  ['学院', (m) => m.college],
  ['专业', (m) => m.major],
  ['年级', (m) => `${m.entryYear}级`],
  ['班级', (m) => m.className],
  ['部门', (m) => m.department],
  ['职务', (m) => m.title],
  ['政治面貌', (m) => m.political],
  ['院学生会任职', (m) => m.collegeRole],
  ['联系电话', (m) => m.phone],
  ['综合排名', (m) => (m.schoolRank ? `${m.schoolRank.rank}/${m.schoolRank.size}` : null)],
];

export interface RosterOptions {
  readonly title?: string;
  readonly blankAfterTitle?: boolean;
  /** Headers to leave out (e.g. 学号 for an error case). */
  readonly omit?: readonly string[];
  /** Add the school's own 综合排名 column (`rank/size`). */
  readonly withSchoolRank?: boolean;
  /** Column order by header; unlisted columns follow in the usual order. */
  readonly order?: readonly string[];
  /** How each header is spelled in the sheet (full-width spaces, trailing colons ...). */
  readonly spell?: Readonly<Record<string, string>>;
}

/** The roster as a table: 学号 and 联系电话 are text, as schools keep them. */
export function rosterTable(members: readonly Member[], opts: RosterOptions = {}): TableSpec {
  const omit = new Set([...(opts.omit ?? []), ...(opts.withSchoolRank ? [] : ['综合排名'])]);
  let fields = FIELDS.filter(([h]) => !omit.has(h));
  if (opts.order) {
    const first = opts.order
      .map((h) => fields.find(([x]) => x === h))
      .filter((f): f is Field => f !== undefined);
    fields = [...first, ...fields.filter((f) => !first.includes(f))];
  }
  const headers = fields.map(([h]) => opts.spell?.[h] ?? h);
  const text = fields.flatMap(([h], i) => (h === '学号' || h === '联系电话' ? [i] : []));
  return {
    ...(opts.title !== undefined ? { title: opts.title } : {}),
    ...(opts.blankAfterTitle ? { blankAfterTitle: true } : {}),
    headers,
    rows: members.map((m, i) => fields.map(([, value]) => value(m, i))),
    textColumns: text,
    widths: fields.map(([h]) =>
      h === '学号' || h === '联系电话' ? 15 : h === '院学生会任职' ? 28 : h.length > 2 ? 12 : 8,
    ),
  };
}
