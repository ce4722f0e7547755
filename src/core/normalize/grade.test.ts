import type { Policy } from '../policy/types';
import { parseGrade } from './grade';

const grading: Policy['grading'] = {
  passMark: 60,
  levelPoints: { 优秀: 95, 良好: 85, 中等: 75, 及格: 65, 不及格: 0 },
};

describe('parseGrade', () => {
  it('reads numbers and numeric text against the pass mark', () => {
    expect(parseGrade(73.5, grading)).toEqual({ kind: 'numeric', value: 73.5, pass: true });
    expect(parseGrade(59.9, grading)).toEqual({ kind: 'numeric', value: 59.9, pass: false });
    expect(parseGrade(60, grading)).toEqual({ kind: 'numeric', value: 60, pass: true });
    expect(parseGrade('73.5', grading)).toEqual({ kind: 'numeric', value: 73.5, pass: true });
    expect(parseGrade('85分', grading)).toEqual({ kind: 'numeric', value: 85, pass: true });
    expect(parseGrade('５８', grading)).toEqual({ kind: 'numeric', value: 58, pass: false });
  });
  it('uses the pass mark setting (a 5-point scale sets its own)', () => {
    const fivePoint = { ...grading, passMark: 3 };
    expect(parseGrade(3.5, fivePoint)).toMatchObject({ pass: true });
    expect(parseGrade(2, fivePoint)).toMatchObject({ pass: false });
    expect(parseGrade(3.5, grading)).toMatchObject({ pass: false });
  });
  it('reads five-level grades with points, short forms through their long form', () => {
    expect(parseGrade('良好', grading)).toEqual({
      kind: 'level',
      label: '良好',
      points: 85,
      pass: true,
    });
    expect(parseGrade('优', grading)).toEqual({
      kind: 'level',
      label: '优',
      points: 95,
      pass: true,
    });
    expect(parseGrade('差', grading)).toEqual({
      kind: 'level',
      label: '差',
      points: 0,
      pass: false,
    });
    expect(parseGrade('不及格', grading)).toMatchObject({ pass: false });
    expect(parseGrade('及 格', grading)).toMatchObject({ label: '及格', pass: true });
  });
  it('prefers points set for the short form itself', () => {
    const g = { ...grading, levelPoints: { ...grading.levelPoints, 优: 90 } };
    expect(parseGrade('优', g)).toMatchObject({ points: 90 });
  });
  it('reads two-level grades without points', () => {
    expect(parseGrade('合格', grading)).toEqual({ kind: 'level', label: '合格', pass: true });
    expect(parseGrade('不合格', grading)).toEqual({ kind: 'level', label: '不合格', pass: false });
    expect(parseGrade('通过', grading)).toEqual({ kind: 'level', label: '通过', pass: true });
    expect(parseGrade('不通过', grading)).toEqual({ kind: 'level', label: '不通过', pass: false });
  });
  it.each([
    ['缺考', true],
    ['旷考', true],
    ['作弊', true],
    ['取消资格', true],
    ['取消考试资格', true],
    ['缓考', false],
    ['免修', false],
    ['免考', false],
  ])('mark %s fails: %s', (text, fail) => {
    expect(parseGrade(text, grading)).toMatchObject({ kind: 'mark', fail });
  });
  it('reads empty and unknown values', () => {
    expect(parseGrade(null, grading)).toEqual({ kind: 'empty' });
    expect(parseGrade(undefined, grading)).toEqual({ kind: 'empty' });
    expect(parseGrade('  ', grading)).toEqual({ kind: 'empty' });
    expect(parseGrade('--', grading)).toEqual({ kind: 'empty' });
    expect(parseGrade('A+', grading)).toEqual({ kind: 'unknown', raw: 'A+' });
    expect(parseGrade(-5, grading)).toEqual({ kind: 'unknown', raw: '-5' });
    expect(parseGrade({ error: '#N/A' }, grading)).toEqual({ kind: 'unknown', raw: '#N/A' });
    expect(parseGrade(true, grading)).toEqual({ kind: 'unknown', raw: 'true' });
  });
  it('caches per grading setting, not across settings', () => {
    const strict = { ...grading, passMark: 80 };
    expect(parseGrade('75', grading)).toMatchObject({ pass: true });
    expect(parseGrade('75', strict)).toMatchObject({ pass: false });
    expect(parseGrade(75, strict)).toMatchObject({ pass: false });
    expect(parseGrade(75, grading)).toMatchObject({ pass: true });
  });
});
