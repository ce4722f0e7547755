import { mappingFor, refAt } from './tables.fixture';
import { readDelegate } from './readDelegate';

describe('readDelegate', () => {
  it('reads 是否学生会骨干 first', () => {
    const mapping = mappingFor('delegates', [
      '姓名',
      '学号',
      '学院',
      '年级',
      '是否学生会骨干',
      '代表类别',
    ]);
    const { record, issues } = readDelegate(
      ['张三', '001', '信息学院', '2024级', '否', '学生会骨干'],
      mapping,
      refAt(2),
    );
    expect(issues).toEqual([]);
    expect(record).toEqual({
      ref: refAt(2),
      studentId: '001',
      name: '张三',
      college: '信息学院',
      entryYear: 2024,
      isCadre: false,
    });
  });

  it('falls back to 代表类别/身份, and leaves unclear identities undecided', () => {
    const mapping = mappingFor('delegates', ['姓名', '身份']);
    expect(readDelegate(['张三', '校学生会部长'], mapping, refAt(2)).record?.isCadre).toBe(true);
    expect(readDelegate(['李四', '普通学生代表'], mapping, refAt(3)).record?.isCadre).toBe(false);
    expect(readDelegate(['王五', '班长'], mapping, refAt(4)).record?.isCadre).toBeUndefined();
  });

  it('reports an unreadable yes/no and a row without a name', () => {
    const mapping = mappingFor('delegates', ['姓名', '学号', '是否学生会骨干']);
    const { record, issues } = readDelegate(['张三', '001', '也许'], mapping, refAt(5));
    expect(record?.isCadre).toBeUndefined();
    expect(issues[0]).toMatchObject({ messageKey: 'input.yesNo.unreadable', params: { col: 'C' } });
    const noName = readDelegate([null, '002', '是'], mapping, refAt(6));
    expect(noName.record).toMatchObject({ name: '', studentId: '002', isCadre: true });
    expect(noName.issues[0]?.messageKey).toBe('input.row.noName');
    expect(readDelegate([null, null, '是'], mapping, refAt(7)).record).toBeUndefined();
  });
});
