import { attemptFromRetakeFlag, isVoided, parseAttempt } from './attempt';

describe('parseAttempt', () => {
  it.each([
    ['正常考试', 'first'],
    ['初修', 'first'],
    ['首修', 'first'],
    ['补考', 'makeup'],
    ['补考一', 'makeup'],
    ['毕业清考', 'makeup'],
    ['重修', 'retake'],
    ['重修补考', 'retake'],
    ['缓考', 'deferred'],
  ] as const)('attempt type %s → %s', (text, expected) => {
    expect(parseAttempt(text)).toBe(expected);
  });
  it('reads 取得方式', () => {
    expect(parseAttempt(undefined, '初修取得')).toBe('first');
    expect(parseAttempt(undefined, '补考取得')).toBe('makeup');
    expect(parseAttempt(undefined, '重修取得')).toBe('retake');
    expect(parseAttempt('', '缓考取得')).toBe('deferred');
  });
  it('lets the attempt type win, then acquisition, then mark', () => {
    expect(parseAttempt('正常考试', '补考取得', '缓考')).toBe('first');
    expect(parseAttempt(undefined, '重修取得', '缓考')).toBe('retake');
    expect(parseAttempt(undefined, undefined, '缓考')).toBe('deferred');
  });
  it('lets 取得方式 name the sitting of a 初修 enrolment (修读类型 初修 + 补考取得)', () => {
    expect(parseAttempt('初修', '补考取得')).toBe('makeup');
    expect(parseAttempt('初修', '缓考取得')).toBe('deferred');
    expect(parseAttempt('初修', '初修取得')).toBe('first');
    expect(parseAttempt('重修', '补考取得')).toBe('retake');
    expect(parseAttempt('初修', '其他')).toBe('first');
  });
  it('defaults to first without information, unknown for unreadable text', () => {
    expect(parseAttempt()).toBe('first');
    expect(parseAttempt(undefined, undefined, '旷考')).toBe('first');
    expect(parseAttempt('辅修')).toBe('unknown');
    expect(parseAttempt(undefined, '其他')).toBe('unknown');
  });
  it('reads a 重修标记 flag', () => {
    expect(attemptFromRetakeFlag('是')).toBe('retake');
    expect(attemptFromRetakeFlag('1')).toBe('retake');
    expect(attemptFromRetakeFlag('0')).toBe('first');
    expect(attemptFromRetakeFlag('')).toBe('first');
    expect(attemptFromRetakeFlag('重修')).toBe('retake');
    expect(attemptFromRetakeFlag('？')).toBe('unknown');
  });
});

describe('isVoided', () => {
  it.each([
    ['是', true],
    ['Y', true],
    ['1', true],
    ['作废', true],
    ['已作废', true],
    ['否', false],
    ['未作废', false],
    ['', false],
    [undefined, false],
    ['待定', false],
  ])('%s → %s', (text, expected) => {
    expect(isVoided(text)).toBe(expected);
  });
});
