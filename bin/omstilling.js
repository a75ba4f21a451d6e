#!/usr/bin/env node
'use strict';
// The `omstilling` command. Runs the prebuilt JavaScript in dist-cli/ (`npm run build:cli`, which `npm ci`
// runs through `prepare`). When that build is missing, or any source it was built from has changed since (an
// edited checkout), it runs the TypeScript sources through tsx instead: the same behaviour, a slower start.
// Nothing is said about it on stderr, which is the user's; OMSTILLING_DEBUG=1 says which one runs.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'dist-cli');

/** dist-cli's main module when the build matches the sources, else undefined. */
function prebuiltMain() {
  let build;
  try {
    build = JSON.parse(fs.readFileSync(path.join(BUILD, 'build.json'), 'utf8'));
  } catch {
    return undefined;
  }
  for (const [file, builtMtimeMs] of Object.entries(build.sources)) {
    const stat = fs.statSync(path.join(ROOT, file), { throwIfNoEntry: false });
    // A source that isn't there (a package shipped without src/) cannot be newer than the build.
    if (stat && stat.mtimeMs !== builtMtimeMs) return undefined;
  }
  return path.join(BUILD, build.main);
}

async function loadCli() {
  const main = prebuiltMain();
  if (process.env.OMSTILLING_DEBUG) {
    process.stderr.write(
      `omstilling: ${main ? `kjører / runs ${main}` : 'kjører kildene gjennom / runs the sources through tsx'}\n`,
    );
  }
  if (main) return require(main);
  // tsx's own entry registers both hooks: require() for the modules, import() for the commands' lazy loads.
  await import('tsx');
  return require(path.join(ROOT, 'src', 'cli', 'main.ts'));
}

// `omstilling sjekk big.xlsx | head`: the reader went away; stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

loadCli()
  .then(({ runCli }) => runCli(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `omstilling: intern feil / internal error: ${error && error.message ? error.message : error}\n`,
      );
      process.exitCode = 3;
    },
  );
