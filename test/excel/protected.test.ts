import { t } from '../../src/core/messages';
import type { GatewayError } from '../../src/excel/gateway';
import { errorText } from '../../src/taskpane/errorText';
import {
  addRoster,
  doubleFrom,
  gatewayFor,
  members,
  productMarks,
  rosterOnlyPolicy,
} from './helpers';
import { richWorkbook } from './richWorkbook';
import { settingsOf } from './appraisalFixture';
import { lockStructure } from '../excel-double/workbookProtection';

const check = { policy: rosterOnlyPolicy(), lang: 'zh' } as const;

async function failure(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    return e as GatewayError;
  }
  throw new Error('expected a failure');
}

describe('a protected roster', () => {
  it('stops the check before writing; the pane names the sheet and says to unprotect it', async () => {
    const double = await richWorkbook();
    double.protect('学生会名单');
    const before = double.snapshot();
    const error = await failure(gatewayFor(double).check(check));
    expect([error.messageKey, error.params]).toEqual([
      'excel.sheetProtected',
      { sheet: '学生会名单' },
    ]);
    const zh = errorText(error, 'zh');
    expect(zh).toContain('「学生会名单」');
    expect(zh).toContain('撤销工作表保护');
    expect(zh).toContain('没有改动工作簿');
    expect(errorText(error, 'en')).toContain('Unprotect');
    expect(double.snapshot()).toEqual(before);
  });

  it('names a sheet whose name has an apostrophe, parentheses and spaces, as the teacher sees it', async () => {
    const name = "Tom's 名单 (2025) 第一学期 学生会干部";
    const double = await doubleFrom((wb) => void addRoster(wb, members(30, 4), name));
    double.protect(name);
    const before = double.snapshot();
    const error = await failure(gatewayFor(double).check(check));
    expect(error.params).toEqual({ sheet: name });
    expect(errorText(error, 'zh')).toContain(`「${name}」`);
    expect(double.snapshot()).toEqual(before);
  });

  it('protected while the check was reading: the write is undone and the sheet is named', async () => {
    const double = await richWorkbook();
    const before = double.snapshot();
    const error = await failure(
      gatewayFor(double).check({
        ...check,
        onProgress: (p) => {
          if (p.phase === 'write') double.protect('学生会名单');
        },
      }),
    );
    expect([error.messageKey, error.params]).toEqual([
      'excel.sheetProtected',
      { sheet: '学生会名单' },
    ]);
    double.protect('学生会名单', false);
    expect(double.snapshot()).toEqual(before);
  });

  it('checked again after it was protected: the old highlights and report stay, consistent', async () => {
    const double = await richWorkbook();
    const gateway = gatewayFor(double);
    await gateway.check(check);
    double.protect('学生会名单');
    const checked = double.snapshot();
    const error = await failure(gateway.check(check));
    expect(error.params).toEqual({ sheet: '学生会名单' });
    expect(double.snapshot()).toEqual(checked);
    double.protect('学生会名单', false);
    await gateway.clearMarks();
    expect(productMarks(double, '学生会名单')).toEqual([]);
  });

  it('a protected sheet the check does not write to is read and left alone', async () => {
    const double = await richWorkbook();
    double.protect('备注');
    const before = double.snapshot().sheets.find((s) => s.name === '备注');
    const answer = await gatewayFor(double).check(check);
    expect(answer.ok).toBe(true);
    expect(double.snapshot().sheets.find((s) => s.name === '备注')).toEqual(before);
  });
});

describe('a workbook whose structure is protected (审阅 > 保护工作簿)', () => {
  it('check, 清除标记 and 生成评分表 each stop, say so, and change nothing', async () => {
    const double = await richWorkbook();
    const gateway = gatewayFor(double);
    const before = double.snapshot();
    lockStructure(double.state);
    const first = await failure(gateway.check(check));
    expect(first.messageKey).toBe('excel.workbookProtected');
    expect(errorText(first, 'zh')).toContain('撤销保护');
    expect(double.snapshot()).toEqual(before);
    const generate = await failure(
      gateway.appraisal({ policy: rosterOnlyPolicy(), settings: settingsOf(), lang: 'zh' }),
    );
    expect(generate.messageKey).toBe('excel.workbookProtected');
    expect(double.snapshot()).toEqual(before);

    lockStructure(double.state, false);
    await gateway.check(check);
    const checked = double.snapshot();
    lockStructure(double.state);
    expect((await failure(gateway.check(check))).messageKey).toBe('excel.workbookProtected');
    expect((await failure(gateway.clearMarks())).messageKey).toBe('excel.workbookProtected');
    expect(double.snapshot()).toEqual(checked);
    lockStructure(double.state, false);
    await gateway.clearMarks();
    expect(double.snapshot()).toEqual(before);
  });
});

describe('the protected-sheet message', () => {
  it('is in both languages and tells what to do', () => {
    expect(t('excel.sheetProtected', 'zh', { sheet: 'X' })).toMatch(
      /^工作表「X」受保护.*撤销工作表保护/,
    );
    expect(t('excel.sheetProtected', 'en', { sheet: 'X' })).toMatch(
      /Sheet "X" is protected.*Unprotect/,
    );
  });
});
