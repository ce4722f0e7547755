/**
 * Sample data generator: `npm run samples` (or `npx tsx scripts/make-samples.ts`).
 *
 * Writes, byte for byte the same on every run (seeded PRNG, fixed dates, fixed zip timestamps):
 * - assets/samples/学生会名单与成绩.xlsx: the demo workbook `npm run demo` checks
 *   - 学生会名单: merged title row, blank row, header (序号 姓名 学号 性别 学院 专业 年级 班级 部门 职务
 *     政治面貌 院学生会任职 联系电话); 62 members in 主席团 + 7 departments; 学号 are 12-digit text.
 *   - 成绩-<专业> (5 sheets): 正方 new-system exports (23 columns, no 专业/年级 column), two of them with a
 *     title row; every student of the members' majors and entry years (9 cohorts, 32 to 118 students,
 *     517 students, about 11,000 rows, 1 to 5 terms from entry up to 2025-2026-1): numbers, five-level
 *     and 合格/不合格 grades, 旷考/缓考 in 成绩 or 成绩备注, 补考 and 重修 rows, voided rows.
 *   - 处分名单 (学号 姓名 处分类型 处分日期 违纪事由 是否解除), 学代会代表 (姓名 学号 学院 年级 是否学生会骨干).
 * - assets/samples/policy.json: national-school, studentsServed 1800.
 * - assets/samples/expected.json: the expected outcome, computed independently of src/core
 *   (semantics listed in its `about` field and in scripts/samples/expected/).
 * - test/samples/*: the small sample-driven test corpus (scripts/samples/corpus/, see test/samples/README.md).
 *
 * Planted in the demo workbook (reference term 2025-2026-1, window = the 2025-2026 academic year):
 * - political: two 群众 members (POL1; POL2 also fails rank).
 * - rank: RANK1 (rank 99 of 118, limit 36), RANK2 (49 of 71, limit 22), POL2 (28 of 32), FAIL2
 *   (43 of 48): outside the top 30%.
 * - failed: FAIL1 failed a 2-credit course at first attempt (55) and passed the 补考 (68): strict
 *   flags it, rank still inside (7 of 62); FAIL2 has 旷考 typed in the 成绩 cell (and a weak average,
 *   outside whether or not the 旷考 counts 0).
 * - discipline: DISC1 警告 on 2025-11-12 (flagged); DISC2 警告 on 2024-04-18, before the window (not flagged).
 * - freshman: FRESH, 2025级 with weak passing grades: exempt from rank (info), eligible.
 * - boundary (deliberate): BOUND ranks exactly at the limit (15 of 47, ceil(14.1)) tied with a
 *   non-member who has identical window grades: inside only with ceil and better-rank ties.
 * - voided: VOID has a voided 35 beside the valid row of the same course: eligible.
 * - 待核实: NOGRADE has no grade row at all (rank, failed); POLEMPTY has 政治面貌 empty; POLUNKNOWN
 *   has 少先队员.
 * - staff-total 62 > 40; presidium 6 > 5; departments 7 > 6; dept-heads 学习部 1 and 文体部 4;
 *   dept-staff 权益部 8 > 6 (宣传部 sits exactly at 3 heads and 6 staff: no finding);
 *   titles 主席助理 and 秘书长 (forbidden), 外联专员 (unknown); from-colleges 25/62 = 40% < 50%;
 *   core-ratio 22 > 1% of 1800; congress 15 delegates < 18, non-cadres 8/15 = 53% < 60%,
 *   2025级 1/15 = 6.7% < 10%.
 * - Every other member (45 of 62) is clean: eligible, rank well inside the top 30%.
 * Outcome: 52 eligible, 7 ineligible, 3 待核实; exit code 1. Title findings name the member but do
 * not change the member's status. The generator checks its own result against this plan (and that
 * no rank verdict but BOUND's hangs on a reading the brief leaves open) and stops if they disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeExpected } from './samples/expected';
import { buildMainSample } from './samples/main/build';
import { expectedFile } from './samples/main/expectedFile';
import { MAIN_SEED, STUDENTS_SERVED } from './samples/main/plan';
import { verifyMainSample } from './samples/main/verify';
import { mainWorkbook } from './samples/main/workbook';
import { writeCorpus } from './samples/corpus';
import { jsonText } from './samples/jsonFile';

const ROOT = join(__dirname, '..');
export const SAMPLES_DIR = join(ROOT, 'assets', 'samples');
export const CORPUS_DIR = join(ROOT, 'test', 'samples');

/** Builds and checks the demo sample, then writes its three files; returns what was written. */
export async function writeMainSample(dir: string = SAMPLES_DIR): Promise<string[]> {
  const sample = buildMainSample(MAIN_SEED);
  const outcome = computeExpected(sample.data);
  const problems = verifyMainSample(sample, outcome);
  if (problems.length > 0)
    throw new Error(`the sample does not match its plan:\n${problems.join('\n')}`);
  mkdirSync(dir, { recursive: true });
  const files: [string, string | Buffer][] = [
    ['学生会名单与成绩.xlsx', await mainWorkbook(sample)],
    [
      'policy.json',
      await jsonText(
        { preset: 'national-school', studentsServed: STUDENTS_SERVED },
        join(dir, 'policy.json'),
      ),
    ],
    ['expected.json', await jsonText(expectedFile(sample, outcome), join(dir, 'expected.json'))],
  ];
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return files.map(([name]) => join(dir, name));
}

async function main(): Promise<void> {
  const written = [...(await writeMainSample()), ...(await writeCorpus(CORPUS_DIR))];
  for (const file of written) process.stdout.write(`${file}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
