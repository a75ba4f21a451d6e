/**
 * `npm run build:cli` (also `prepare`, so `npm ci` runs it): compiles the command line to plain JavaScript
 * in dist-cli/, so `omstilling` starts without transpiling TypeScript at run time. Each source file becomes
 * one CommonJS file (tsconfig.cli.json); the commands' dynamic imports stay lazy, so a command loads only
 * its own code.
 *
 * dist-cli/build.json lists every source the build read with its modification time: bin/omstilling.js
 * runs the build only while those are unchanged, and the sources through tsx otherwise — an edited checkout
 * never runs stale code. Types are not checked here (`npm run typecheck` does that); a type error does not
 * stop `npm ci`.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..');
const CONFIG = path.join(ROOT, 'tsconfig.cli.json');

function parseConfig(): ts.ParsedCommandLine {
  const config = ts.getParsedCommandLineOfConfigFile(
    CONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`${CONFIG}: cannot read`);
  return config;
}

export function buildCli(): { outDir: string; sources: number } {
  const config = parseConfig();
  const outDir = config.options.outDir!;
  rmSync(outDir, { recursive: true, force: true });
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const emitted = program.emit();
  const failures = emitted.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (emitted.emitSkipped || failures.length > 0) {
    const host = {
      getCanonicalFileName: (f: string) => f,
      getCurrentDirectory: () => ROOT,
      getNewLine: () => '\n',
    };
    throw new Error(ts.formatDiagnostics(failures, host) || 'tsc emitted nothing');
  }
  const sources = program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && !file.fileName.includes('/node_modules/'))
    .map((file) => path.relative(ROOT, file.fileName))
    .sort();
  const main = path.relative(outDir, path.join(outDir, 'src', 'cli', 'main.js'));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, 'build.json'),
    `${JSON.stringify(
      {
        main,
        sources: Object.fromEntries(sources.map((file) => [file, statSync(path.join(ROOT, file)).mtimeMs])),
      },
      null,
      2,
    )}\n`,
  );
  return { outDir, sources: sources.length };
}

if (require.main === module) {
  try {
    const { outDir, sources } = buildCli();
    console.log(`omstilling: ${sources} kildefiler / source files → ${path.relative(ROOT, outDir)}/`);
  } catch (error) {
    console.error(`omstilling: build:cli feilet / failed\n${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
