import { NATIONAL_TITLES } from '../rules/titles/settings';
import { knownTitles, splitPost } from './splitPost';

const known = knownTitles(NATIONAL_TITLES);
const split = (text: string) => splitPost(text, known, NATIONAL_TITLES);

describe('splitPost', () => {
  it.each([
    ['学习部部长', '学习部', '部长'],
    ['文体部副部长', '文体部', '副部长'],
    ['秘书处 干事', '秘书处', '干事'],
    ['主席团 主席', '主席团', '主席'],
    ['主席团主席', '主席团', '主席'],
    ['青年志愿者服务中心副主任', '青年志愿者服务中心', '副主任'],
  ])('%s → %s + %s', (text, department, title) => {
    expect(split(text)).toEqual({ department, title });
  });

  it('keeps a bare title a title', () => {
    expect(split('常务副主席')).toEqual({ title: '常务副主席' });
  });

  it('does not guess', () => {
    expect(split('学习部长')).toBeUndefined(); // 学习 is not a department name
    expect(split('学习委员会长')).toBeUndefined(); // 会长 is not a known title
    expect(split('外联 部长')).toBeUndefined();
  });
});
