import type { Prng } from './prng';

// Common surnames, the most frequent ones repeated so they come up more often, as in a real class.
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周'.repeat(3),
  ...'徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建文辉玲红鹏婷晨宇浩然欣怡子涵梓轩佳琪雨萱思远博文嘉怡一诺晓东俊杰雅静梦瑶宏伟志强海燕凯琳天佑若曦诗涵泽宇鑫悦昊天嘉豪颖彤',
];

/** Hands out Chinese names; with `unique`, never the same name twice. */
export class NameMaker {
  private readonly used = new Set<string>();

  constructor(private readonly prng: Prng) {}

  /** A 2- or 3-character name. */
  next(unique = false): string {
    for (let i = 0; i < 1000; i++) {
      const surname = this.prng.pick(SURNAMES);
      const first = this.prng.pick(GIVEN);
      const name = this.prng.chance(0.7)
        ? surname + first + this.prng.pick(GIVEN)
        : surname + first;
      if (!unique || !this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error('name pool exhausted');
  }

  /** Reserves a name so a later unique draw cannot return it. */
  reserve(name: string): void {
    this.used.add(name);
  }
}
