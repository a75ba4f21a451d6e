'use strict';
// The floor of any reader built on saxes, as a whole process: the workbook's sheet and shared strings inflated
// the way our reader does it (dist-cli's ZipArchive: DecompressionStream) and tokenised by saxes, with nothing
// kept — no cells, no grid, no checks. `sjekk` cannot take less than this. Needs `npm run build:cli`.
const { readFileSync } = require('node:fs');
const { SaxesParser } = require('saxes');
const { ZipArchive } = require('../dist-cli/src/xlsx/read/zip.js');
const { READ_LIMITS } = require('../dist-cli/src/xlsx/read/limits.js');

async function tokenise(file) {
  const zip = new ZipArchive(readFileSync(file), READ_LIMITS);
  let tags = 0;
  for (const part of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
    const parser = new SaxesParser({ position: false });
    parser.on('opentag', () => tags++);
    parser.on('text', () => undefined);
    parser.on('closetag', () => undefined);
    const decoder = new TextDecoder();
    await zip.stream(part, (chunk, final) => {
      parser.write(decoder.decode(chunk, { stream: !final }));
      if (final) parser.close();
    });
  }
  return tags;
}

tokenise(process.argv[2]).then(
  (tags) => process.stdout.write(`${tags}\n`),
  (error) => {
    process.stderr.write(`${error}\n`);
    process.exitCode = 1;
  },
);
