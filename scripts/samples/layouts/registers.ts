import type { Delegate, Sanction } from '../model';
import type { TableSpec } from '../xlsx/table';

/** 处分名单: dates are real Excel dates (UTC midnight). */
export function disciplineTable(sanctions: readonly Sanction[]): TableSpec {
  return {
    headers: ['学号', '姓名', '处分类型', '处分日期', '违纪事由', '是否解除'],
    rows: sanctions.map((s) => {
      const [y, m, d] = s.date.split('-').map(Number) as [number, number, number];
      return [
        s.studentId,
        s.name,
        s.level,
        new Date(Date.UTC(y, m - 1, d)),
        s.reason,
        s.lifted ? '是' : '否',
      ];
    }),
    textColumns: [0],
    dateColumns: [3],
    widths: [15, 10, 10, 12, 20, 10],
  };
}

/** 学代会代表 */
export function delegateTable(delegates: readonly Delegate[]): TableSpec {
  return {
    headers: ['姓名', '学号', '学院', '年级', '是否学生会骨干'],
    rows: delegates.map((d) => [
      d.name,
      d.studentId,
      d.college,
      `${d.entryYear}级`,
      d.isCadre ? '是' : '否',
    ]),
    textColumns: [1],
    widths: [10, 15, 14, 10, 16],
  };
}
