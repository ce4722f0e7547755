import { mappingFor, refAt } from './tables.fixture';
import { readSanction } from './readSanction';

const mapping = mappingFor('discipline', [
  '学号',
  '姓名',
  '处分类型',
  '处分日期',
  '学年学期',
  '是否解除',
  '违纪事由',
]);

describe('readSanction', () => {
  it('reads a row', () => {
    const { record, issues } = readSanction(
      ['001', '王五', '给予严重警告处分', 45720, '2024-2025-2', '否', '夜不归宿'],
      mapping,
      refAt(3),
    );
    expect(issues).toEqual([]);
    expect(record).toEqual({
      ref: refAt(3),
      studentId: '001',
      name: '王五',
      level: '严重警告',
      raw: '给予严重警告处分',
      date: '2025-03-04',
      term: { startYear: 2024, term: 2 },
      lifted: false,
      reason: '夜不归宿',
    });
  });

  it('keeps a row named only by 姓名, and one with an unknown sanction, reporting it', () => {
    const { record, issues } = readSanction(
      [null, '王五', '违纪', '2025年13月1日', null, '已解除'],
      mapping,
      refAt(4),
    );
    expect(record).toMatchObject({ name: '王五', raw: '违纪', lifted: true });
    expect(record?.studentId).toBeUndefined();
    expect(record?.level).toBeUndefined();
    expect(issues.map((i) => [i.messageKey, i.params.col])).toEqual([
      ['input.sanction.unknown', 'C'],
      ['input.date.unreadable', 'D'],
    ]);
  });

  it('reports an unreadable 学号 but keeps the name, and a row with neither', () => {
    const named = readSanction(['2.5E+12', '王五', '警告'], mapping, refAt(5));
    expect(named.record?.name).toBe('王五');
    expect(named.issues[0]?.messageKey).toBe('input.studentId.scientific');
    const neither = readSanction([null, null, '警告', '2025-03-04'], mapping, refAt(6));
    expect(neither).toEqual({
      issues: [expect.objectContaining({ messageKey: 'input.row.noKey', ref: refAt(6) })],
    });
  });

  it('does not expect a date in a 处分文号 column', () => {
    const byNumber = mappingFor('discipline', ['学号', '处分类型', '处分文号']);
    const { record, issues } = readSanction(
      ['001', '警告', '校学字〔2025〕12号'],
      byNumber,
      refAt(2),
    );
    expect(record?.date).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('skips totals rows', () => {
    expect(readSanction([null, '合计', '3'], mapping, refAt(9))).toEqual({ issues: [] });
  });

  describe('处分状态 and 解除日期', () => {
    const register = mappingFor('discipline', [
      '学号',
      '处分类别',
      '处分日期',
      '处分状态',
      '解除日期',
    ]);
    const read = (status: string | null, liftedOn: unknown) =>
      readSanction(['001', '警告', '2024-10-08', status, liftedOn as string], register, refAt(2));

    it('maps 处分状态 and 解除日期 to their own columns, not to the sanction', () => {
      expect(register.columns).toMatchObject({ sanction: 2, date: 3, lifted: 4, liftedDate: 5 });
    });

    it.each([
      ['已解除', null, true],
      ['未解除', null, false],
      ['生效中', null, false],
      ['已到期', null, true],
    ])('reads 处分状态 %p as lifted = %p', (status, date, lifted) => {
      const { record, issues } = read(status, date);
      expect(issues).toEqual([]);
      expect(record?.lifted).toBe(lifted);
    });

    it('reads a 解除日期 as lifted on that date', () => {
      const { record, issues } = read(null, '2025-04-30');
      expect(issues).toEqual([]);
      expect(record).toMatchObject({ lifted: true, liftedOn: '2025-04-30' });
      expect(read('已解除', 45777).record).toMatchObject({ lifted: true, liftedOn: '2025-04-30' });
    });

    it('lets a status saying the sanction still runs win over a date (its due date)', () => {
      const { record } = read('生效中', '2025-10-08');
      expect(record?.lifted).toBe(false);
      expect(record?.liftedOn).toBeUndefined();
    });

    it('reports a 解除日期 that is not a date, by cell', () => {
      const { record, issues } = read(null, '是');
      expect(record?.lifted).toBe(false);
      expect(issues.map((i) => [i.messageKey, i.params.col, i.params.value])).toEqual([
        ['input.date.unreadable', 'E', '是'],
      ]);
    });
  });

  it('reads 是否解除 as before', () => {
    const yesNo = mappingFor('discipline', ['学号', '处分', '是否解除']);
    expect(readSanction(['001', '警告', '是'], yesNo, refAt(2)).record?.lifted).toBe(true);
    expect(readSanction(['001', '警告', '否'], yesNo, refAt(2)).record?.lifted).toBe(false);
  });

  describe('what the 处分 cell itself says', () => {
    const plain = mappingFor('discipline', ['学号', '姓名', '处分类别', '处分日期']);

    it('reads 记大过 as a school sanction, without a warning', () => {
      const { record, issues } = readSanction(
        ['001', '王五', '记大过处分', '2024-10-08'],
        plain,
        refAt(2),
      );
      expect(issues).toEqual([]);
      expect(record).toMatchObject({ level: '记大过', raw: '记大过处分', lifted: false });
    });

    it('reads lifting and a date written in the 处分 cell when no column gives them', () => {
      const { record, issues } = readSanction(
        ['001', '王五', '严重警告处分（2024年10月8日，已解除）', null],
        plain,
        refAt(2),
      );
      expect(issues).toEqual([]);
      expect(record).toMatchObject({ level: '严重警告', lifted: true, date: '2024-10-08' });
    });

    it('lets the date and 是否解除 columns win over words in the 处分 cell', () => {
      const { record } = readSanction(
        ['001', '王五', '警告（2023年1月1日，已解除）', '2024-10-08', null, '否'],
        mapping,
        refAt(2),
      );
      expect(record).toMatchObject({ level: '警告', date: '2024-10-08', lifted: false });
    });

    it.each([
      ['团内警告', 'league'],
      ['开除团籍', 'league'],
      ['党内严重警告', 'party'],
      ['通报批评', 'criticism'],
    ])('keeps %s as not a school sanction, without calling it unknown', (text, system) => {
      const { record, issues } = readSanction(['001', '王五', text, '2024-10-08'], plain, refAt(2));
      expect(issues).toEqual([]);
      expect(record).toMatchObject({ raw: text, notSchool: system });
      expect(record?.level).toBeUndefined();
    });

    it('says which membership a record ends', () => {
      const { record } = readSanction(['001', '王五', '开除团籍', '2024-10-08'], plain, refAt(2));
      expect(record?.ends).toBe('league');
    });
  });
});
