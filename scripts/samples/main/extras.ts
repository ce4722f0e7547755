import type { Delegate, Member, Sanction, Student } from '../model';
import { titleKind } from '../expected/policy';
import type { Prng } from '../prng';

/**
 * 处分名单: DISC1's 警告 inside the window, DISC2's 警告 before it, and sanctions of non-members
 * (one of them lifted) so the sheet looks like a real register.
 */
export function sanctions(
  disc1: Member,
  disc2: Member,
  nonMembers: readonly Student[],
): Sanction[] {
  const [a, b, c, d] = nonMembers;
  if (!a || !b || !c || !d) throw new Error('sanctions: need four non-members');
  return [
    {
      studentId: a.studentId,
      name: a.name,
      level: '警告',
      date: '2025-09-25',
      reason: '夜不归宿',
      lifted: false,
    },
    {
      studentId: disc2.studentId,
      name: disc2.name,
      level: '警告',
      date: '2024-04-18',
      reason: '宿舍使用违章电器',
      lifted: false,
    },
    {
      studentId: b.studentId,
      name: b.name,
      level: '严重警告',
      date: '2024-11-20',
      reason: '累计旷课30学时',
      lifted: true,
    },
    {
      studentId: disc1.studentId,
      name: disc1.name,
      level: '警告',
      date: '2025-11-12',
      reason: '多次无故旷课',
      lifted: false,
    },
    {
      studentId: c.studentId,
      name: c.name,
      level: '记过',
      date: '2025-12-02',
      reason: '打架斗殴',
      lifted: false,
    },
    {
      studentId: d.studentId,
      name: d.name,
      level: '留校察看',
      date: '2025-10-16',
      reason: '盗窃他人财物',
      lifted: false,
    },
  ];
}

/**
 * 学代会代表: 15 delegates against 1800 students served (< 1%); 7 union cadres (presidium and
 * department heads) so non-cadres are 8/15 = 53% (< 60%); one 2025级 delegate (6.7% < 10%).
 */
export function delegates(
  prng: Prng,
  members: readonly Member[],
  pool2023: readonly Student[],
  pool2024: readonly Student[],
  pool2025: readonly Student[],
): Delegate[] {
  const core = members.filter((m) => {
    const kind = titleKind(m.title);
    return kind === 'presidium' || kind === 'head';
  });
  const cadres = [
    ...prng.shuffle(core.filter((m) => m.entryYear === 2023)).slice(0, 3),
    ...prng.shuffle(core.filter((m) => m.entryYear === 2024)).slice(0, 4),
  ];
  if (cadres.length !== 7) throw new Error('delegates: not enough 2023/2024 cadres');
  const nonCadres = [
    ...prng.shuffle(pool2023).slice(0, 4),
    ...prng.shuffle(pool2024).slice(0, 3),
    ...prng.shuffle(pool2025).slice(0, 1),
  ];
  const list: Delegate[] = [
    ...cadres.map((m) => ({
      studentId: m.studentId,
      name: m.name,
      college: m.college,
      entryYear: m.entryYear,
      isCadre: true,
    })),
    ...nonCadres.map((s) => ({
      studentId: s.studentId,
      name: s.name,
      college: s.college,
      entryYear: s.entryYear,
      isCadre: false,
    })),
  ];
  // Plain code-unit order: no locale data, so the order is the same on every machine.
  return list.sort((x, y) =>
    x.college < y.college ? -1 : x.college > y.college ? 1 : x.entryYear - y.entryYear,
  );
}
