import { issueText } from './issueText';
import type { Issue } from './issue';

const cellNote: Issue = {
  severity: 'warning',
  messageKey: 'input.political.unknown',
  params: { file: '名单.xlsx', sheet: 'Sheet1', row: 49, col: 'K', value: '少先队员' },
  ref: { file: '名单.xlsx', sheet: 'Sheet1', row: 49, col: 11 },
};

describe('issueText', () => {
  it('names the file of a note read from a file, before its sheet, row and column', () => {
    expect(issueText(cellNote, 'zh')).toBe(
      '文件「名单.xlsx」工作表「Sheet1」第 49 行 K 列：政治面貌「少先队员」无法识别，该成员的政治面貌条件将列为待核实。',
    );
    expect(issueText(cellNote, 'en')).toBe(
      'File "名单.xlsx", sheet "Sheet1", row 49, column K: political status "少先队员" is not recognised; the member\'s political check is marked as needing review.',
    );
  });

  it('names the file from the ref when the params do not carry it', () => {
    const { file: _file, ...params } = cellNote.params;
    expect(issueText({ ...cellNote, params }, 'zh')).toMatch(/^文件「名单.xlsx」工作表「Sheet1」/);
  });

  it('leaves a note about the open workbook (no file) as it is', () => {
    const { file: _file, ...params } = cellNote.params;
    const open: Issue = { ...cellNote, params, ref: { sheet: 'Sheet1', row: 49, col: 11 } };
    expect(issueText(open, 'zh')).toBe(
      '工作表「Sheet1」第 49 行 K 列：政治面貌「少先队员」无法识别，该成员的政治面貌条件将列为待核实。',
    );
  });

  it('does not name the file twice when the message already does', () => {
    const lost: Issue = { ...cellNote, messageKey: 'input.studentId.digitsLost' };
    expect(issueText(lost, 'zh').match(/名单\.xlsx/g)).toHaveLength(1);
  });

  it('puts the file before a message that does not start with its sheet', () => {
    const note: Issue = {
      severity: 'warning',
      messageKey: 'input.kind.roster',
      params: {},
      ref: { file: 'a.csv', sheet: 'a', row: 2 },
    };
    expect(issueText(note, 'zh')).toBe('文件「a.csv」：学生会成员名单');
    expect(issueText(note, 'en')).toBe('File "a.csv": union roster');
  });
});
