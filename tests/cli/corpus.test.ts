/**
 * The bad-input corpus (scripts/make-corpus.ts) through `omstilling sjekk`: every file gives the finding it
 * should, at the cell it should, or exit code 2 with a one-line reason — never a stack trace.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CORPUS, makeCorpus, type CorpusCase } from '../../scripts/make-corpus';
import { cli } from './runCli';

type JsonFinding = {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  row: number | null;
  message: string;
};
type CheckJson = { findings: JsonFinding[]; counts: Record<string, number>; plan: string };

const folder = mkdtempSync(path.join(tmpdir(), 'omstilling-corpus-'));
let written: (CorpusCase & { path: string })[] = [];

beforeAll(async () => {
  written = await makeCorpus(folder);
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('the bad-input corpus', () => {
  it('has at least 30 files, each with a distinct name and a description', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((c) => c.file)).size).toBe(CORPUS.length);
    for (const c of CORPUS) expect(c.what.length).toBeGreaterThan(5);
  });

  it.each(CORPUS.filter((c) => !c.large).map((c) => [c.file, c] as const))(
    '%s gives its finding or its reason',
    async (file, expected) => {
      const target = written.find((c) => c.file === file)!.path;
      const run = await cli('sjekk', target, '--json');
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.code).toBe(expected.expect.exit);
      const body = JSON.parse(run.stdout);
      if (expected.expect.exit === 2) {
        expect(body.error.code).toBe(expected.expect.code);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(file);
        return;
      }
      const result = body as CheckJson;
      for (const want of expected.expect.findings ?? []) {
        const match = result.findings.find(
          (f) =>
            f.rule === want.rule &&
            (want.cell === undefined || f.cell === want.cell) &&
            f.sheet === (want.sheet ?? f.sheet) &&
            (want.sheet !== undefined ||
              want.rule.startsWith('plan') ||
              f.sheet === 'Prosjekter' ||
              f.sheet === 'Ark1') &&
            (!want.text || want.text.test(f.message)),
        );
        expect({ want: want.rule, cell: want.cell, found: Boolean(match) }).toEqual({
          want: want.rule,
          cell: want.cell,
          found: true,
        });
      }
      for (const absent of expected.expect.absent ?? []) {
        const hit = result.findings.find(
          (f) => f.rule === absent.rule && (!absent.cell || f.cell === absent.cell),
        );
        expect(hit).toBeUndefined();
      }
      expect(result.counts.error > 0).toBe(expected.expect.exit === 1);
    },
  );

  it('says each unusable file in English too, on one line', async () => {
    for (const c of written.filter((w) => w.expect.exit === 2)) {
      const run = await cli('check', c.path, '--lang', 'en');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr.replace(c.path, '')).not.toMatch(/[æøå]| er |ikke|finnes|arbeidsbok /);
    }
  });

  it('checks 100 000 rows without running out of time or memory', async () => {
    const big = written.find((c) => c.large)!;
    const run = await cli('sjekk', big.path, '--json');
    expect(run.code).toBe(big.expect.exit);
    const result = JSON.parse(run.stdout) as CheckJson;
    expect(result.findings.some((f) => f.rule === 'zero-grant')).toBe(true);
    // Two of the 28 sample projects have 0 kr: one warning each, on every repetition.
    expect(result.findings.filter((f) => f.rule === 'zero-grant').length).toBeGreaterThan(7000);
  }, 180_000);
});
