import { NameClassIndex } from './nameClass';

describe('NameClassIndex', () => {
  it('finds one student, several, or none by 姓名 + 班级', () => {
    const index = new NameClassIndex();
    index.note('1', '张三', '23计算机1班');
    index.note('1', '张三', '23计算机1班');
    index.note('2', '李四', '23计算机1班');
    index.note('3', '李四', '23计算机1班');
    index.note('4', '李四', '23计算机2班');
    expect(index.find('张 三', '23计算机1班')).toEqual({ kind: 'one', studentId: '1' });
    expect(index.find('李四', '23计算机1班')).toEqual({ kind: 'several', studentIds: ['2', '3'] });
    expect(index.find('李四', '23计算机2班')).toEqual({ kind: 'one', studentId: '4' });
    expect(index.find('王五', '23计算机1班')).toEqual({ kind: 'none' });
    expect(index.size).toBe(3);
  });
});
