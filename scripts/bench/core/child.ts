/**
 * One core measurement in a fresh process (`node --expose-gc --import tsx child.ts <rows> <roster>`),
 * so one size's heap and compiled code do not colour the next; prints the figures as one JSON line.
 */
import { timedCheck } from './timedCheck';

const rows = Number(process.argv[2]);
const roster = Number(process.argv[3]);
if (!Number.isInteger(rows) || rows <= 0 || !Number.isInteger(roster) || roster <= 0) {
  process.stderr.write('usage: child.ts <rows> <roster size>\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(timedCheck(rows, roster))}\n`);
