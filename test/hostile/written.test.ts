import { linkedSheet, writtenProblems } from './written';

describe('the written-sheet checks catch what they look for', () => {
  const sheets = ["O'Neil 名单", '报告'];

  it('reads quoted and plain link targets', () => {
    expect(linkedSheet("'O''Neil 名单'!A5")).toBe("O'Neil 名单");
    expect(linkedSheet('报告!B2:C3')).toBe('报告');
    expect(linkedSheet("O'Neil 名单!A5")).toBeUndefined();
  });

  it('flags a link to a missing or badly quoted sheet, and a formula naming a missing sheet', () => {
    const problems = writtenProblems(
      [
        { sheet: '报告', address: 'A1', link: "'O'Neil 名单'!A5" },
        { sheet: '报告', address: 'A2', link: "'别的表'!A1" },
        { sheet: '报告', address: 'A3', formula: "INDEX('评分-学习部'!$J$13:$J$14,1)" },
        { sheet: '报告', address: 'A4', link: "'O''Neil 名单'!A5" },
      ],
      sheets,
    );
    expect(problems).toHaveLength(3);
  });

  it('flags teacher text that became a formula or is missing', () => {
    const problems = writtenProblems([{ sheet: '报告', address: 'A1', formula: '=张伟' }], sheets, {
      texts: ['=张伟', '@刘洋'],
    });
    expect(problems).toEqual([
      '"=张伟" is not written as text anywhere',
      '报告!A1: "=张伟" became a formula',
      '"@刘洋" is not written as text anywhere',
    ]);
  });

  it('flags sheet names Excel refuses', () => {
    expect(writtenProblems([], ['a'.repeat(32), 'x[1]', "'q"])).toHaveLength(3);
  });
});
