/**
 * `npm run package:wps -- --url https://addin.school.edu.cn/union-wps/`: builds dist/wps and writes
 * out/wps/: online/ (dist/wps plus publish.xml and jsplugins.xml pointing at that address, to put
 * on the school's server) and union-compliance-wps-<version>-offline.zip (the folder to copy into
 * jsaddons on machines without the server, with its jsplugins.xml). See docs/DEPLOY.md.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { packageFiles } from './deploy/zipDist';
import {
  baseUrl,
  jspluginsXml,
  offlineFolder,
  PackageWpsError,
  publishXml,
} from './package-wps/xml';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist', 'wps');
const OUT = join(ROOT, 'out', 'wps');

function build(): Promise<void> {
  const webpack = join(ROOT, 'node_modules', '.bin', 'webpack');
  const args = ['--mode', 'production', '--env', 'wps', '--no-color', '--stats', 'errors-warnings'];
  return new Promise((resolve, reject) => {
    const child = spawn(webpack, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack failed (exit ${code})`)),
    );
  });
}

async function offlineZip(version: string): Promise<Buffer> {
  const folder = offlineFolder(version);
  const zip = new JSZip();
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const file of await packageFiles(DIST))
    zip.file(`${folder}/${file}`, await readFile(join(DIST, ...file.split('/'))), {
      date,
      createFolders: false,
    });
  // WPS reads the local list beside the folders in jsaddons; {JSADDONS} is replaced at install time.
  zip.file('jsplugins.xml', jspluginsXml(`file:///{JSADDONS}/${folder}/`, version), {
    date,
    createFolders: false,
  });
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--url');
  const url = baseUrl(at >= 0 ? argv[at + 1] : undefined);
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  await build();
  await rm(OUT, { recursive: true, force: true });
  const online = join(OUT, 'online');
  await mkdir(online, { recursive: true });
  await cp(DIST, online, { recursive: true });
  await writeFile(join(online, 'publish.xml'), publishXml(url, version));
  await writeFile(join(online, 'jsplugins.xml'), jspluginsXml(url, version));
  const zipPath = join(OUT, `union-compliance-wps-${version}-offline.zip`);
  await writeFile(zipPath, await offlineZip(version));
  console.log(`在线：把 ${online} 放到 ${url}\n离线：${zipPath}`);
}

if (require.main === module)
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof PackageWpsError ? error.message : error);
    process.exit(1);
  });
