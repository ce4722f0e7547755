/**
 * Pictures of the appraisal forms as a teacher prints them: the command line generates the forms
 * for the sample workbook, a panel's scores are filled in, the command line collects them, and
 * LibreOffice prints both; one page of each becomes a PNG.
 */
import { join } from 'node:path';
import { fillForms } from './fillForms';
import { pageStarting, pageTextToPng, toPdf } from './pdf';
import { run } from './run';

/** Where the pictures come from: page titles as the forms print them. */
const FORM_TITLE = '学生会述职评议评分表';
const SUMMARY_TITLE = '学生会述职评议考核汇总表';
const DPI = 100;

/** The PNGs this step writes into `imagesDir`. */
export const FORM_PICTURES = {
  form: 'form-scoring.png',
  summary: 'form-summary.png',
} as const;

/** Generates, fills, collects and prints; `work` is a scratch folder. Logs each stage. */
export async function formPictures(
  root: string,
  sample: string,
  work: string,
  imagesDir: string,
  log: (line: string) => void,
): Promise<void> {
  const cli = join(root, 'bin', 'union-compliance.js');
  const forms = join(work, '述职评议.xlsx');
  const filled = join(work, '述职评议-已填写.xlsx');
  const summary = join(work, '述职评议-汇总.xlsx');
  log(await run('node', [cli, 'appraisal', sample, '--out', forms], root));
  log(`filled ${await fillForms(forms, filled)} scores in ${filled}`);
  log(await run('node', [cli, 'appraisal', 'collect', filled, '--out', summary], root));

  const formsPdf = await toPdf(forms, work);
  const formPage = await pageStarting(formsPdf, FORM_TITLE, work);
  await pageTextToPng(formsPdf, formPage, join(imagesDir, FORM_PICTURES.form), DPI, work);
  const summaryPdf = await toPdf(summary, work);
  const summaryPage = await pageStarting(summaryPdf, SUMMARY_TITLE, work);
  await pageTextToPng(summaryPdf, summaryPage, join(imagesDir, FORM_PICTURES.summary), DPI, work);
  log(`form pictures: page ${formPage} of the forms, page ${summaryPage} of the collected summary`);
}
