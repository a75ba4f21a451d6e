/** Runs the CLI in-process, or as the real `bin/omstilling.js` in a child process, and captures what it says. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

export const BIN = path.join(__dirname, '..', '..', 'bin', 'omstilling.js');

/** The command as a user runs it, through the bin entry (the prebuilt dist-cli/, or the sources through tsx). */
export function binRun(argv: string[], cwd?: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parses stdout as JSON (fails the test with the text when it is not). */
export function jsonOf(run: CliRun): unknown {
  return JSON.parse(run.stdout);
}
