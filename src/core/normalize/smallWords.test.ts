import { parseAttendanceStatus } from './attendanceStatus';
import { cadreFromIdentity } from './cadre';
import { parseUnionLevel } from './unionLevel';

describe('parseUnionLevel', () => {
  it.each([
    ['校级', 'school'],
    ['校学生会', 'school'],
    ['院级', 'college'],
    ['院学生会', 'college'],
    [' 二级学院 ', 'college'],
    ['国家级', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseUnionLevel(text)).toBe(expected);
  });
});

describe('parseAttendanceStatus', () => {
  it('maps statuses to attended/required', () => {
    expect(parseAttendanceStatus('出勤')).toEqual({ attended: 1, required: 1 });
    expect(parseAttendanceStatus('迟到')).toEqual({ attended: 1, required: 1 });
    expect(parseAttendanceStatus('缺勤')).toEqual({ attended: 0, required: 1 });
    expect(parseAttendanceStatus('未签到')).toEqual({ attended: 0, required: 1 });
    expect(parseAttendanceStatus('请假')).toEqual({ attended: 0, required: 0 });
    expect(parseAttendanceStatus('√')).toEqual({ attended: 1, required: 1 });
    expect(parseAttendanceStatus('×')).toEqual({ attended: 0, required: 1 });
    expect(parseAttendanceStatus('开会')).toBeUndefined();
  });
});

describe('cadreFromIdentity', () => {
  it.each([
    ['学生会骨干', true],
    ['校学生会主席', true],
    ['非学生会骨干', false],
    ['普通学生', false],
    ['学生代表', false],
    ['班长', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(cadreFromIdentity(text)).toBe(expected);
  });
});
