import { normalizePolitical } from './political';

describe('normalizePolitical', () => {
  it.each([
    ['中共党员', 'party-member'],
    ['中国共产党党员', 'party-member'],
    ['党员', 'party-member'],
    ['正式党员', 'party-member'],
    ['中共预备党员', 'probationary-member'],
    ['预备党员', 'probationary-member'],
    ['共青团员', 'league-member'],
    ['中国共产主义青年团团员', 'league-member'],
    [' 团 员 ', 'league-member'],
    ['群众', 'masses'],
    ['民革', 'democratic-party'],
    ['中国民主同盟盟员', 'democratic-party'],
    ['民建会员', 'democratic-party'],
    ['民进', 'democratic-party'],
    ['农工党', 'democratic-party'],
    ['中国致公党党员', 'democratic-party'],
    ['九三学社社员', 'democratic-party'],
    ['台盟', 'democratic-party'],
    ['无党派人士', 'non-partisan'],
    ['', 'missing'],
    ['-', 'missing'],
    ['入党积极分子', 'unknown'],
    ['共青团员(已退团)', 'unknown'],
  ])('%s → %s', (text, expected) => {
    expect(normalizePolitical(text)).toBe(expected);
  });
  it('treats empty cells as missing and numbers as unknown', () => {
    expect(normalizePolitical(null)).toBe('missing');
    expect(normalizePolitical(undefined)).toBe('missing');
    expect(normalizePolitical(3)).toBe('unknown');
  });
});
