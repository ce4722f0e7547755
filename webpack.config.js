// Builds the task pane only (the CLI is compiled by tsc). Options, passed as `--env`:
//   cdn=global (default) | cdn=21vianet   where office.js comes from (21Vianet = Microsoft 365 in China)
//   url=https://addin.school.edu.cn/union/  where the school hosts the add-in: writes dist/manifest.xml
//                                         with every manifest URL under that address (https only)
//   e2e                                   the browser-test page: test entry, no office.js, dist/e2e
//   wps                                   the WPS 表格 add-in (WPS加载项): dist/wps (scripts/package-wps.ts)
//   wps + e2e                             the WPS pane over the ET double, for its browser test: dist/wps-e2e
//                                         (npm run test:e2e builds it in development mode: fast)
//   web                                   the browser page alone, for its own browser test: dist/web-e2e
//                                         (the full build puts the page in dist/web/ beside the add-in)
// `--mode development` keeps the bundle readable; no mode builds for production.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { normaliseBaseUrl, rewriteManifest } = require('./scripts/deploy/manifest');

/**
 * office.js per cloud. The 21Vianet address is the one Microsoft documents for add-ins in Microsoft
 * 365 operated by 21Vianet ("CDN references for other Microsoft 365 environments" in
 * "Referencing the Office JavaScript API library").
 */
const OFFICE_JS = {
  global: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  '21vianet': 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
};

const DEV_PORT = 3000;

/** The directory office.js lives in: it loads its host scripts and strings from there. */
function officeJsDirectory(url) {
  return url.slice(0, url.lastIndexOf('/') + 1);
}

/**
 * The page's Content-Security-Policy: our own files, office.js's directory, nothing else.
 * Styles must allow inline: Fluent UI (Griffel) inserts its rules at run time.
 */
function contentSecurityPolicy({ officeJs, dev }) {
  const office = officeJs ? ` ${officeJsDirectory(officeJs)}` : '';
  const live = dev ? ` ws://localhost:${DEV_PORT} wss://localhost:${DEV_PORT}` : '';
  const connect = office || live ? `${office}${live}`.trim() : "'none'";
  return [
    "default-src 'none'",
    `script-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca, key, cert } };
  } catch (error) {
    // Office refuses http task panes; say so instead of failing silently.
    console.warn(
      `office-addin-dev-certs unavailable, serving http (Office will not load it): ${error.message}`,
    );
    return { type: 'http' };
  }
}

/**
 * The production manifest, when the build is told where it will be hosted. Without an address there
 * is none: a dist/ whose manifest points at localhost must not look deployable.
 */
function manifestPattern(url) {
  if (url === undefined) return [];
  const base = normaliseBaseUrl(url === true ? '' : url);
  return [
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: { transformer: (content) => rewriteManifest(content.toString('utf8'), base) },
    },
  ];
}

// A worker started from a plain entry must load its lazy chunks (the .xls, HTML and XML readers)
// with importScripts: webpack's default for the web target adds <script> tags, and a worker has
// no document ("document is not defined" as soon as an old .xls arrives).
const workerEntry = (file) => ({ import: file, chunkLoading: 'import-scripts' });

/**
 * The WPS add-in: its main page (ribbon callbacks), the task pane with the same React pane over the
 * WPS gateway, the self-test page, and ribbon.xml, in dist/wps. No office.js. WPS's embedded
 * Chromium is older than Office's WebView2, so the output syntax is ES2017.
 */
function wpsConfig(dev, e2e) {
  const csp = contentSecurityPolicy({ officeJs: undefined, dev: false });
  const page = (filename, chunk, template) =>
    new HtmlWebpackPlugin({ filename, template, chunks: [chunk], officeJs: undefined, csp });
  const base = wpsBase(dev);
  if (e2e)
    // The browser test's pane: the real WPS pane entry, over the ET double (test/e2e/wps).
    return {
      ...base,
      entry: {
        wpsPane: './test/e2e/wps/entry.ts',
        importWorker: './src/taskpane/importer/worker.ts',
      },
      output: { ...base.output, path: path.resolve(__dirname, 'dist/wps-e2e') },
      plugins: [page('taskpane.html', 'wpsPane', './src/taskpane/taskpane.html')],
    };
  return {
    ...base,
    plugins: [
      // WPS loads index.html as the add-in's main page and calls the ribbon callbacks in main.js.
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/wps/addon/index.html',
        chunks: ['main'],
      }),
      page('taskpane.html', 'wpsPane', './src/taskpane/taskpane.html'),
      page('selftest.html', 'selftest', './src/wps/addon/selftest.html'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/addon/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        ],
      }),
    ],
  };
}

/**
 * How every build compiles: our TypeScript and the libraries' JavaScript down to `target` (the
 * libraries ship newer syntax than the hosts' oldest engines read: Fluent's `?.`, catch without a
 * binding, tabster's class static blocks and `??=`), exceljs's browser build passed through
 * untouched apart from refusing code built from text. `libraries` names the ts-loader instance.
 */
function moduleRules({ target, libraries, sourceMap }) {
  return {
    // exceljs's browser build is already one minified file: parsing it again only costs time.
    noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    rules: [
      {
        test: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
        use: path.resolve(__dirname, 'scripts/webpack/noCodeFromText.js'),
      },
      {
        test: /\.m?js$/,
        include: /node_modules/,
        exclude: /exceljs[\\/]dist[\\/]/,
        use: {
          loader: 'ts-loader',
          options: {
            instance: libraries,
            transpileOnly: true,
            compilerOptions: { allowJs: true, module: 'es2020', target, sourceMap: false },
          },
        },
      },
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            // tsc (npm run typecheck) checks types; ES modules here let webpack drop unused Fluent code.
            transpileOnly: true,
            compilerOptions: { module: 'es2020', target, sourceMap },
          },
        },
      },
    ],
  };
}

/** What the WPS add-in and its browser-test page share. */
function wpsBase(dev) {
  return {
    mode: dev ? 'development' : 'production',
    target: ['web', 'es2017'],
    devtool: dev ? 'cheap-module-source-map' : false,
    entry: {
      main: './src/wps/addon/main.ts',
      wpsPane: './src/wps/addon/pane.tsx',
      selftest: './src/wps/addon/selftestPage.ts',
      importWorker: workerEntry('./src/taskpane/importer/worker.ts'),
    },
    output: {
      path: path.resolve(__dirname, 'dist/wps'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: moduleRules({ target: 'es2017', libraries: 'wps-libraries', sourceMap: dev }),
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  if (env.wps) return wpsConfig(dev, Boolean(env.e2e));
  const e2e = Boolean(env.e2e);
  const webOnly = Boolean(env.web);
  if (e2e && env.url !== undefined) throw new Error('--env url and --env e2e do not go together');
  if (webOnly && (e2e || env.url !== undefined))
    throw new Error('--env web goes with neither --env e2e nor --env url');
  const manifest = manifestPattern(env.url);
  const cdn = env.cdn ?? 'global';
  if (!(cdn in OFFICE_JS))
    throw new Error(`--env cdn=${cdn}: expected one of ${Object.keys(OFFICE_JS).join(', ')}`);
  const officeJs = e2e ? undefined : OFFICE_JS[cdn];
  const csp = contentSecurityPolicy({ officeJs, dev: dev && !e2e });
  const serving = process.argv.some((arg) => arg === 'serve');

  // The browser page (src/web): its own page and worker, in web/ beside the add-in's files.
  const webDir = webOnly ? '' : 'web/';
  const webPage = new HtmlWebpackPlugin({
    filename: `${webDir}index.html`,
    template: './src/web/index.html',
    chunks: [`${webDir}index`],
    inject: false,
    // No office.js and no connections at all: the page works offline and sends nothing anywhere.
    csp: contentSecurityPolicy({ officeJs: undefined, dev: dev && serving }),
  });
  const webEntries = {
    [`${webDir}index`]: './src/web/index.tsx',
    [`${webDir}worker`]: workerEntry('./src/web/worker/worker.ts'),
  };

  const entry = webOnly
    ? webEntries
    : e2e
      ? { taskpane: './test/e2e/page/entry.tsx' }
      : {
          taskpane: './src/taskpane/index.tsx',
          commands: './src/commands/commands.ts',
          ...webEntries,
        };
  if (!webOnly) entry.importWorker = workerEntry('./src/taskpane/importer/worker.ts');

  const pages = webOnly
    ? [webPage]
    : [
        new HtmlWebpackPlugin({
          filename: 'taskpane.html',
          template: './src/taskpane/taskpane.html',
          chunks: ['taskpane'],
          officeJs,
          csp,
        }),
      ];
  if (!e2e && !webOnly) {
    pages.push(webPage);
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJs,
        csp,
      }),
    );
  }

  return {
    mode: dev ? 'development' : 'production',
    // The engines of the clients that have ExcelApi 1.9 (the manifest's minimum): Office 2021 and
    // Microsoft 365 on Windows (WebView2), on Mac (Safari 13 and later), Office on the web. Our code
    // is compiled down to ES2019 (no ?., ??, ??=, static blocks, class fields); test/security/
    // bundleTarget.test.ts scans the bundle for syntax and built-ins those engines lack.
    target: ['web', 'es2019'],
    // Never an eval-based devtool: the CSP forbids eval, and so does the production bundle.
    // The browser test needs no source maps; it is built often, so it also keeps a disk cache.
    devtool: e2e || webOnly ? false : dev ? 'cheap-module-source-map' : 'source-map',
    cache:
      e2e || webOnly
        ? {
            type: 'filesystem',
            name: `${webOnly ? 'web' : 'e2e'}-${dev ? 'development' : 'production'}`,
            buildDependencies: {
              config: [__filename, path.resolve(__dirname, 'scripts/webpack/noCodeFromText.js')],
            },
          }
        : undefined,
    entry,
    output: {
      path: path.resolve(__dirname, webOnly ? 'dist/web-e2e' : e2e ? 'dist/e2e' : 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      // The production build leaves the browser test's build alone (they may run side by side).
      clean: e2e || webOnly ? true : { keep: /^(e2e|web-e2e)[\\/]/ },
      // Every engine above has globalThis (Safari 12.1, Chromium 71); saying so spares webpack's
      // runtime its `new Function("return this")` fallback, which the CSP would refuse.
      environment: { globalThis: true },
    },
    // globalThis alone would let terser write ES2020 (a ?? b); it is held to the target.
    optimization: {
      minimizeOptions: {
        javascript: { compress: { passes: 2, ecma: 2019 }, format: { ecma: 2019 } },
      },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: moduleRules({ target: 'es2019', libraries: 'libraries', sourceMap: true }),
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/icon-*.png', to: 'assets/[name][ext]' }, ...manifest],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await httpsOptions(),
          static: false,
          client: { overlay: false },
        }
      : undefined,
  };
};
