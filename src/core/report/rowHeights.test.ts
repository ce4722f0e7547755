import { fitRowHeights, textWidth } from './rowHeights';

describe('fitRowHeights', () => {
  it('counts CJK characters double', () => {
    expect(textWidth('ab')).toBe(2);
    expect(textWidth('学生')).toBe(4);
  });

  it('grows only rows whose wrapped text overflows its column', () => {
    const long = '学'.repeat(25); // 50 units in a 10-wide column: 9 usable → 6 lines
    const heights = fitRowHeights(
      [[{ value: 'short', wrap: true }], [{ value: long, wrap: true }], [{ value: long }]],
      [10],
    );
    expect(heights).toEqual({ 2: 6 * 15 });
  });

  it('counts explicit line breaks', () => {
    expect(fitRowHeights([[{ value: 'a\nb\nc', wrap: true }]], [20])).toEqual({ 1: 45 });
  });
});
