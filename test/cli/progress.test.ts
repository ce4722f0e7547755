import { statSync } from 'node:fs';
import { join } from 'node:path';
import { runCheckCommand } from '../../src/cli/check/runCheckCommand';
import { commandOutput } from '../../src/cli/output';
import { createProgressBar } from '../../src/cli/progress/progressBar';
import { displayWidth, formatBytes, renderProgressLine } from '../../src/cli/progress/render';
import { withReadProgress } from '../../src/cli/progress/withReadProgress';
import { fakeTerminal } from './cliHelpers';

const CLEAR = '\r\x1b[2K';

/** A clock the test moves by hand. */
function clock(start = 1_000): { now: () => number; advance: (ms: number) => void } {
  let at = start;
  return { now: () => at, advance: (ms) => void (at += ms) };
}

describe('renderProgressLine', () => {
  it('shows the share read as a percentage, a proportional bar and the sizes', () => {
    const line = renderProgressLine('正在读取 成绩.xlsx', 3 * 1024 * 1024, 12 * 1024 * 1024, 100);
    expect(line).toContain('正在读取 成绩.xlsx');
    expect(line).toContain(' 25% 3.0 MB / 12.0 MB');
    const bar = /\[(█*)(░*)\]/.exec(line);
    expect(bar).not.toBeNull();
    const filled = bar?.[1]?.length ?? 0;
    const total = filled + (bar?.[2]?.length ?? 0);
    expect(filled).toBe(Math.round(total / 4));
  });

  it('never runs past the terminal width, counting Chinese characters as two columns', () => {
    const label = '正在读取 某某大学学生会二〇二五年秋季学期成员名单与各学院成绩汇总表.xlsx';
    for (const columns of [20, 30, 40, 60, 80, 120]) {
      const line = renderProgressLine(label, 500, 1000, columns);
      expect(displayWidth(line)).toBeLessThan(columns);
      expect(line).toContain('50%');
    }
  });

  it('keeps the numbers within 0..100% whatever the reader reports', () => {
    expect(renderProgressLine('x', 2000, 1000, 80)).toContain('100%');
    expect(renderProgressLine('x', 5, 0, 80)).toContain('  0%');
  });

  it('counts widths and sizes as a person reads them', () => {
    expect(displayWidth('ab成绩')).toBe(6);
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});

describe('createProgressBar', () => {
  it('draws nothing when the stream is not a terminal', () => {
    const pipe = fakeTerminal(false);
    const time = clock();
    const bar = createProgressBar(pipe, 'Reading', { now: time.now });
    for (let i = 1; i <= 20; i++) {
      time.advance(500);
      bar.update(i * 100, 2000);
    }
    bar.end();
    expect(pipe.text).toBe('');
  });

  it('on a terminal: waits out short reads, redraws in place at most once per interval, clears at the end', () => {
    const tty = fakeTerminal(true, 80);
    const time = clock();
    const bar = createProgressBar(tty, 'Reading roster.xlsx', {
      now: time.now,
      delayMs: 400,
      intervalMs: 100,
    });
    bar.update(100, 1000);
    time.advance(300);
    bar.update(200, 1000);
    expect(tty.text).toBe(''); // still a short read

    time.advance(150);
    bar.update(300, 1000);
    expect(tty.text).toBe(`${CLEAR}${renderProgressLine('Reading roster.xlsx', 300, 1000, 80)}`);

    const drawn = tty.text;
    time.advance(50);
    bar.update(400, 1000); // within the interval: skipped
    expect(tty.text).toBe(drawn);

    time.advance(60);
    bar.update(500, 1000);
    expect(tty.text.split(CLEAR)).toHaveLength(3);
    expect(tty.text.endsWith(renderProgressLine('Reading roster.xlsx', 500, 1000, 80))).toBe(true);

    bar.end();
    expect(tty.text.endsWith(CLEAR)).toBe(true);
    const ended = tty.text;
    time.advance(1000);
    bar.update(1000, 1000);
    bar.end();
    expect(tty.text).toBe(ended); // nothing after the end
  });

  it('a terminal that reports no width gets an 80-column line', () => {
    const tty = fakeTerminal(true, 0);
    const time = clock();
    const bar = createProgressBar(tty, 'Reading big.csv', { now: time.now });
    time.advance(1000);
    bar.update(1, 4);
    expect(tty.text).toBe(`${CLEAR}${renderProgressLine('Reading big.csv', 1, 4, 80)}`);
    expect(tty.text).toContain('25%');
  });

  it('a read that ends before the delay leaves the terminal untouched', () => {
    const tty = fakeTerminal(true);
    const time = clock();
    const bar = createProgressBar(tty, 'Reading', { now: time.now });
    time.advance(100);
    bar.update(1000, 1000);
    bar.end();
    expect(tty.text).toBe('');
  });
});

describe('progress in the command output', () => {
  const collected = () => {
    const texts = { stdout: '', stderr: '' };
    return {
      texts,
      out: {
        stdout: (t: string) => void (texts.stdout += t),
        stderr: (t: string) => void (texts.stderr += t),
      },
    };
  };

  it('labels the bar in the language asked for and clears it after the read', async () => {
    const tty = fakeTerminal(true, 100);
    const { out } = collected();
    const shown = commandOutput(
      { ...out, progressStream: tty },
      {
        quiet: false,
        json: false,
        lang: 'zh',
      },
    );
    const result = await withReadProgress(shown, ['/data/成绩.xlsx'], async ({ onProgress }) => {
      // A slow read: the real clock has to pass the bar's delay.
      await new Promise((r) => setTimeout(r, 450));
      onProgress?.(512, 1024);
      return 'read';
    });
    expect(result).toBe('read');
    expect(tty.text).toContain('正在读取 成绩.xlsx');
    expect(tty.text).toContain('50%');
    expect(tty.text.endsWith(CLEAR)).toBe(true);

    const en = commandOutput(
      { ...out, progressStream: tty },
      { quiet: false, json: false, lang: 'en' },
    );
    expect(en.readProgress).toBeDefined();
  });

  it('clears the bar when the read fails, before the error is shown', async () => {
    const tty = fakeTerminal(true);
    const { out } = collected();
    const shown = commandOutput(
      { ...out, progressStream: tty },
      {
        quiet: false,
        json: false,
        lang: 'en',
      },
    );
    await expect(
      withReadProgress(shown, ['a.xlsx', 'b.csv'], async ({ onProgress }) => {
        await new Promise((r) => setTimeout(r, 450));
        onProgress?.(10, 100);
        throw new Error('damaged');
      }),
    ).rejects.toThrow('damaged');
    expect(tty.text).toContain('Reading 2 files');
    expect(tty.text.endsWith(CLEAR)).toBe(true);
  });

  it('--quiet: no bar, even on a terminal; stdout only for JSON; errors still shown', () => {
    const tty = fakeTerminal(true);
    const { out, texts } = collected();
    const quiet = commandOutput(
      { ...out, progressStream: tty },
      {
        quiet: true,
        json: false,
        lang: 'zh',
      },
    );
    expect(quiet.readProgress).toBeUndefined();
    quiet.stdout('summary');
    quiet.stderr('error');
    const quietJson = commandOutput(out, { quiet: true, json: true, lang: 'zh' });
    quietJson.stdout('{}');
    expect(texts).toEqual({ stdout: '{}', stderr: 'error' });
  });

  it('a collector without a terminal gets no bar', () => {
    const { out } = collected();
    expect(
      commandOutput(out, { quiet: false, json: false, lang: 'zh' }).readProgress,
    ).toBeUndefined();
  });
});

describe('check reports its reading progress', () => {
  it('hears the bytes of every input up to their total, then ends the bar', async () => {
    const samples = join(__dirname, '..', '..', 'assets', 'samples');
    const files = [join(samples, '学生会名单与成绩.xlsx')];
    const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
    const seen: { labels: string[][]; updates: [number, number][]; ends: number } = {
      labels: [],
      updates: [],
      ends: 0,
    };
    const code = await runCheckCommand(
      [...files, '--policy', join(samples, 'policy.json'), '--json', '--lang', 'zh'],
      {
        stdout: () => undefined,
        stderr: () => undefined,
        readProgress: (names) => {
          seen.labels.push([...names]);
          return {
            update: (read, all) => void seen.updates.push([read, all]),
            end: () => void seen.ends++,
          };
        },
      },
    );
    expect(code).toBe(1);
    expect(seen.labels).toEqual([files]);
    expect(seen.updates.length).toBeGreaterThan(0);
    expect(seen.updates.every(([, all]) => all === total)).toBe(true);
    expect(seen.updates.at(-1)).toEqual([total, total]);
    expect(seen.ends).toBe(1);
  });
});
