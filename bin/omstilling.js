#!/usr/bin/env node
'use strict';
// The `omstilling` command. Runs the TypeScript sources through tsx's require hook, so it works right after
// `npm ci` with no build step.
const path = require('node:path');
const { register } = require('tsx/cjs/api');

register();

// `omstilling sjekk big.xlsx | head`: the reader went away; stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { runCli } = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`omstilling: intern feil / internal error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 3;
  },
);
