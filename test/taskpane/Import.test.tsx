/** @jest-environment jsdom */
import './support/jsdomGlobals';
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { checkSheets } from '../../src/core/pipeline';
import { presetPolicy } from '../../src/core/policy/presets';
import { t } from '../../src/core/messages';
import { App } from '../../src/taskpane/App';
import { createInPageReader } from '../../src/taskpane/importer/createReader';
import { readImport } from '../../src/taskpane/importer/readImport';
import { MemoryGateway } from './support/memoryGateway';
import { sampleSheets } from './support/workbook';

const reader = createInPageReader();

/** The sample's grade sheet as a GB18030 CSV, as Chinese Excel saves it. */
function gradesBytes(): Uint8Array<ArrayBuffer> {
  const grades = sampleSheets()[1]!;
  const text = grades.rows
    .map((row) =>
      row.map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')).join(','),
    )
    .join('\r\n');
  return Uint8Array.from(iconv.encode(text, 'gb18030'));
}

function gradesCsv(): File {
  return new File([gradesBytes()], '成绩导出.csv', { type: 'text/csv' });
}

async function setup() {
  const roster = sampleSheets()[0]!;
  const gateway = new MemoryGateway([roster]);
  // A teacher can switch the file dialog to 所有文件, so the accept list is no guarantee.
  const user = userEvent.setup({ delay: null, applyAccept: false });
  render(<App gateway={gateway} reader={reader} lang="zh" theme={webLightTheme} />);
  const check = await screen.findByRole('button', { name: '一键检查' });
  await waitFor(() => expect(check).toBeEnabled());
  return { gateway, user, check };
}

describe('导入成绩文件', () => {
  it('offers every table extension the readers take in the file dialog, .et and .xls included', async () => {
    await setup();
    const accept = screen.getByTestId('import-input').getAttribute('accept')?.split(',') ?? [];
    expect(accept).toEqual(expect.arrayContaining(['.xlsx', '.xls', '.et', '.csv', '.tsv']));
  });

  it('checks against an imported CSV without putting it in the workbook', async () => {
    const { gateway, user, check } = await setup();
    await user.upload(screen.getByTestId('import-input'), gradesCsv());
    expect(await screen.findByText(/^成绩导出\.csv（1 个工作表/)).toBeInTheDocument();
    await user.click(check);
    await screen.findByRole('list', { name: '检查结果汇总' });
    // The pane holds the file's first rows and the File, not its rows.
    expect(gateway.checks[0]!.imported?.map((h) => h.picked.name)).toEqual(['成绩导出.csv']);
    expect(gateway.sheets).toHaveLength(1);
    const read = await readImport({ name: '成绩导出.csv', blob: new Blob([gradesBytes()]) });
    if (!read.ok) throw new Error('expected the CSV to be read');
    const imported = read.file.sheets[0]!;
    const outcome = checkSheets([gateway.sheets[0]!, imported], presetPolicy());
    if (!outcome.ok) throw new Error('expected a result');
    const rank = outcome.value.findings.find(
      (f) => f.code === 'rank' && f.severity === 'violation',
    )!;
    expect(screen.getAllByText(t(rank.messageKey, 'zh', rank.evidence)).length).toBeGreaterThan(0);
  });

  it('inserts the imported file as a sheet on request', async () => {
    const { gateway, user } = await setup();
    await user.upload(screen.getByTestId('import-input'), gradesCsv());
    await user.click(await screen.findByRole('button', { name: '插入为工作表' }));
    expect(await screen.findByText('已插入工作表：成绩导出')).toBeInTheDocument();
    expect(gateway.inserted[0]!.map((s) => s.sheet)).toEqual(['成绩导出']);
    expect(screen.queryByRole('list', { name: '已导入的文件' })).not.toBeInTheDocument();
  });

  it('reads a picked .xlsx slice by slice, as the worker does', async () => {
    const { user } = await setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('成绩');
    ws.addRow(['学号', '课程', '成绩']);
    ws.addRow(['2023001', '高等数学', 85]);
    wb.addWorksheet('备注').addRow(['无']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await user.upload(screen.getByTestId('import-input'), new File([bytes], '期末成绩.xlsx'));
    expect(
      await screen.findByText(
        t('ui.import.file', 'zh', { name: '期末成绩.xlsx', sheets: 2, rows: 3 }),
      ),
    ).toBeInTheDocument();
  });

  it('says which file cannot be read and why', async () => {
    const { user } = await setup();
    const old = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], '旧成绩.xls');
    await user.upload(screen.getByTestId('import-input'), old);
    expect(
      await screen.findByText(t('io.legacy.damaged', 'zh', { file: '旧成绩.xls' })),
    ).toBeInTheDocument();
  });
});
