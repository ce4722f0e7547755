import { memoByString } from './memo';

/** One event's attendance as counts: present = 1/1, absent = 0/1, excused leave = 0/0. */
export interface AttendanceCount {
  readonly attended: number;
  readonly required: number;
}

const PRESENT: AttendanceCount = { attended: 1, required: 1 };
const ABSENT: AttendanceCount = { attended: 0, required: 1 };
const EXCUSED: AttendanceCount = { attended: 0, required: 0 };

// 迟到 and 早退 still attended: the sheet records them, the appraiser weighs them.
// 请假 (approved leave) is neither attended nor owed, so it does not lower the rate.
const WORDS: ReadonlyMap<string, AttendanceCount> = new Map([
  ...[
    '出勤',
    '已签到',
    '签到',
    '到',
    '已到',
    '到会',
    '出席',
    '参加',
    '已参加',
    '正常',
    '在',
    '√',
    '✓',
    '✔',
    '是',
    '1',
  ].map((w) => [w, PRESENT] as const),
  ...['迟到', '早退'].map((w) => [w, PRESENT] as const),
  ...[
    '缺勤',
    '缺席',
    '未到',
    '未签到',
    '旷会',
    '缺',
    '旷课',
    '旷勤',
    '未参加',
    '无故缺席',
    '×',
    '✗',
    '否',
    '0',
  ].map((w) => [w, ABSENT] as const),
  ...['请假', '事假', '病假', '公假', '已请假'].map((w) => [w, EXCUSED] as const),
]);

const fromText = memoByString((raw: string): AttendanceCount | undefined =>
  WORDS.get(raw.normalize('NFKC').replace(/\s/g, '').toLowerCase()),
);

/** 签到情况 of one event (出勤/缺勤/迟到/请假 and √/×) as counts; undefined when not recognised. */
export function parseAttendanceStatus(text: string): AttendanceCount | undefined {
  return fromText(text);
}
