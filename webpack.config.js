/**
 * Builds the add-in: three entries (taskpane, functions, commands) that one page, taskpane.html, loads as the
 * shared runtime. `npm run build` writes dist/ with hashed bundles and the manifest rewritten to
 * OMSTILLING_BASE_URL (default https://localhost:3000). The dev server (`npm start`) serves the same page
 * over https with office-addin-dev-certs, or over http where no certificate can be installed.
 *
 * env: outDir=<folder> builds elsewhere than dist/ (tests). WEBPACK_SERVE is set when serving.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_URL = 'https://localhost:3000';
/** Where the built pane keeps the PDF font (src/taskpane/services/boardPdf.ts fetches it from there). */
const REPORT_FONT_ASSET = 'assets/DejaVuSans.ttf';
const DEV_PORT = 3000;

/** The production base URL, without a trailing slash. */
function productionBaseUrl() {
  const raw = (process.env.OMSTILLING_BASE_URL || DEV_URL).trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OMSTILLING_BASE_URL «${raw}» er ikke en URL / is not a URL.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `OMSTILLING_BASE_URL «${raw}» må bruke https / must use https: Office loads add-ins over https only.`,
    );
  }
  return raw;
}

/** Points every URL of the dev manifest at the production base; AppDomain takes the origin only. */
function rewriteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .replace(new RegExp(`<AppDomain>${DEV_URL}/?</AppDomain>`, 'g'), `<AppDomain>${origin}</AppDomain>`)
    .split(`${DEV_URL}/`)
    .join(`${baseUrl}/`);
}

/**
 * Emits the files the bundles don't import: icons and the support page, the PDF font, the nb-NO functions metadata, the
 * manifest (rewritten in production), entrypoints.json (each entry's initial files) and lazy-chunks.json (what
 * each named dynamic import downloads), both for `npm run bench`.
 */
class ShipFilesPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { production, baseUrl } = this.options;
    compiler.hooks.thisCompilation.tap('ShipFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ShipFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const emit = (name, content) => compilation.emitAsset(name, new webpack.sources.RawSource(content));
          const assetsDir = path.resolve(__dirname, 'assets');
          for (const file of fs.readdirSync(assetsDir)) {
            const source = path.join(assetsDir, file);
            compilation.fileDependencies.add(source);
            emit(`assets/${file}`, fs.readFileSync(source));
          }
          const functionsNb = path.resolve(__dirname, 'src/functions/functions-nb.json');
          compilation.fileDependencies.add(functionsNb);
          emit('functions-nb.json', fs.readFileSync(functionsNb));
          // The board report's PDF font: fetched by the pane only when a PDF is asked for (src/taskpane/services/boardPdf.ts).
          const reportFont = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
          compilation.fileDependencies.add(reportFont);
          emit(REPORT_FONT_ASSET, fs.readFileSync(reportFont));
          const manifest = path.resolve(__dirname, 'manifest.xml');
          compilation.fileDependencies.add(manifest);
          const xml = fs.readFileSync(manifest, 'utf8');
          emit('manifest.xml', production ? rewriteManifest(xml, baseUrl) : xml);
        },
      );
      compilation.hooks.processAssets.tap(
        { name: 'ShipFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoints = {};
          for (const [name, entrypoint] of compilation.entrypoints) {
            entrypoints[name] = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
          }
          compilation.emitAsset(
            'entrypoints.json',
            new webpack.sources.RawSource(`${JSON.stringify(entrypoints, null, 2)}\n`),
          );
          // What each named dynamic import (office-port, preview, panel-…) downloads once the page's entries
          // are loaded: its chunks, less those the entries already hold (production flags a chunk whose
          // modules an entry chunk includes as loaded with it). For the pane's first-load count.
          const loaded = new Set();
          for (const entrypoint of compilation.entrypoints.values()) {
            for (const chunk of entrypoint.chunks) for (const id of chunk.ids || []) loaded.add(id);
          }
          const lazy = {};
          for (const [name, group] of compilation.namedChunkGroups) {
            if (compilation.entrypoints.has(name)) continue;
            lazy[name] = group.chunks
              .filter((chunk) => !loaded.has(chunk.id))
              .flatMap((chunk) => [...chunk.files].filter((file) => file.endsWith('.js')));
          }
          compilation.emitAsset(
            'lazy-chunks.json',
            new webpack.sources.RawSource(`${JSON.stringify(lazy, null, 2)}\n`),
          );
        },
      );
    });
  }
}

/**
 * https with the Office dev certificates where they can be installed; otherwise http, and say so. Installing
 * needs a desktop user with sudo/admin: not root on Linux, not CI. OMSTILLING_HTTPS=1 forces an attempt,
 * OMSTILLING_HTTPS=0 skips it.
 */
async function devServerTransport() {
  const forced = process.env.OMSTILLING_HTTPS;
  const rootOnLinux =
    process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0;
  const skip = forced === '0' || (forced !== '1' && (Boolean(process.env.CI) || rootOnLinux));
  const why = forced === '0' ? 'OMSTILLING_HTTPS=0' : process.env.CI ? 'CI' : 'Linux som/as root';
  if (!skip) {
    try {
      const devCerts = require('office-addin-dev-certs');
      const { ca, key, cert } = await devCerts.getHttpsServerOptions();
      return { type: 'https', options: { ca, key, cert } };
    } catch (error) {
      return httpFallback(
        `sertifikatet kunne ikke installeres / the certificate could not be installed: ${error.message}`,
      );
    }
  }
  return httpFallback(
    `utviklersertifikat installeres ikke her / no developer certificate is installed here (${why})`,
  );
}

function httpFallback(reason) {
  console.warn(
    [
      '',
      `! Utviklerserveren kjører over http: ${reason}.`,
      '  The dev server runs over http. The browser preview works; Office itself needs https, so to sideload',
      '  the add-in run `npm start` as a desktop user (Windows, Mac) or host `npm run build` output on https.',
      '',
    ].join('\n'),
  );
  return { type: 'http' };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || env.production === true;
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = production ? productionBaseUrl() : DEV_URL;
  const outDir = path.resolve(__dirname, env.outDir || 'dist');
  const port = Number(env.port || process.env.PORT || DEV_PORT);

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      // preview-guard first: functions.ts gets CustomFunctions.associate calls appended (see the file).
      functions: ['./src/commands/preview-guard.ts', './src/functions/functions.ts'],
      commands: './src/commands/commands.ts',
      // The page loads functions first; the pane reuses its modules (the core, the Office port) instead of
      // downloading a second copy in taskpane.js and in the office-port chunk.
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
    },
    output: {
      path: outDir,
      // The manifest names functions.js, so it keeps its name; the page loads it with ?hash.
      filename: (pathData) =>
        !production || pathData.chunk.name === 'functions' ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; ES modules let webpack tree-shake.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the page: the three entries share module instances (one plan cache, one
      // language setting) instead of each getting its own copy.
      runtimeChunk: 'single',
    },
    performance: { hints: false },
    // Kept between runs (.cache/webpack, git-ignored): after the first build `npm start` and the tests'
    // builds only redo what changed. Keyed by mode; a change to this file or the lock file starts afresh.
    cache: {
      type: 'filesystem',
      cacheDirectory: path.resolve(__dirname, '.cache', 'webpack'),
      name: production ? 'production' : 'development',
      buildDependencies: { config: [__filename, path.resolve(__dirname, 'package-lock.json')] },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['runtime', 'functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
        hash: production,
      }),
      new ShipFilesPlugin({ production, baseUrl }),
    ],
    devServer: serving
      ? {
          port,
          server: await devServerTransport(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { warnings: false, runtimeErrors: false } },
          open: false,
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.productionBaseUrl = productionBaseUrl;
module.exports.gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
