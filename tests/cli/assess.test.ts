/**
 * `omstilling vurder` on a real .xlsx file: the sample applications over the sample projects, as text and
 * JSON, in both languages. The command is called directly with the line already parsed (ParsedArgs).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ParsedArgs } from '../../src/cli/args';
import { findCommand } from '../../src/cli/commandList';
import { run as assess } from '../../src/cli/commands/assess';

const ASSESS_COMMAND = findCommand('vurder')!;
import { EXIT } from '../../src/cli/context';
import { boardToTable, sampleApplicationsGrid } from '../../src/core/assessment';
import { defaultPlan, planToTables, type PlanTable } from '../../src/core/plan';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue } from '../../src/core/types';
import { xlsxFrom, type SheetFixture } from '../port/fixtures';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'omstilling-vurder-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function file(
  name: string,
  applications: CellValue[][] = sampleApplicationsGrid().values,
  planTables?: PlanTable[],
): Promise<string> {
  const projects = sampleProjectsGrid().values;
  const fixture: SheetFixture[] = [
    {
      name: 'Prosjekter',
      values: projects,
      tables: [{ name: 'Prosjekter', address: `A1:O${projects.length}` }],
    },
    { name: 'Søknader', values: applications },
  ];
  const port = await xlsxFrom(fixture);
  if (planTables) await port.createPlanSheet(planTables);
  const target = path.join(dir, name);
  writeFileSync(target, await port.save());
  return target;
}

async function run(
  target: string,
  options: Record<string, string | true> = {},
  flags: { json?: boolean; lang?: 'nb' | 'en' } = {},
) {
  let stdout = '';
  let stderr = '';
  const args: ParsedArgs = {
    command: ASSESS_COMMAND,
    commandWord: 'vurder',
    positionals: [target],
    options,
    json: flags.json ?? false,
    lang: flags.lang ?? 'nb',
    help: false,
    version: false,
  };
  const code = await assess({
    args,
    lang: args.lang,
    json: args.json,
    io: { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) },
  });
  return { code, stdout, stderr };
}

describe('omstilling vurder', () => {
  it('--json gives the ranking, the decisions, the remaining frames and the findings', async () => {
    const result = await run(await file('sample.xlsx'), {}, { json: true });
    expect(result.code).toBe(EXIT.ok);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual(['assessments', 'findings']);
    expect(out.assessments.map(({ warnings: _, ...rest }: { warnings: unknown }) => rest)).toEqual([
      { id: 'S-02', score: 85.7, rank: 1, decision: 'funded', remainingFrame: 666_667 },
      { id: 'S-04', score: 71.4, rank: 2, decision: 'funded', remainingFrame: 216_667 },
      { id: 'S-01', score: 64.3, rank: 3, decision: 'funded', remainingFrame: 333_333 },
      { id: 'S-05', score: 60.7, rank: 4, decision: 'partly', remainingFrame: 0 },
      { id: 'S-03', score: 42.9, rank: 5, decision: 'outside', remainingFrame: 0 },
      { id: 'S-06', score: null, rank: null, decision: 'notAssessed', remainingFrame: 333_333 },
    ]);
    expect(out.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual([
      'support-share-exceeded H2',
      'missing-score Q7',
      'exchange-rate-missing G2',
    ]);
    expect(out.findings[0]).toMatchObject({ severity: 'warning', sheet: 'Søknader', row: 2 });
    expect(out.findings[0].message).toContain('85,7');
    // Each application carries its warnings in the board's words.
    expect(
      out.assessments.map((a: { warnings: { rule: string }[] }) => a.warnings.map((w) => w.rule)),
    ).toEqual([[], [], ['support-share-exceeded'], [], [], []]);
    expect(out.assessments[2].warnings[0]).toEqual({
      rule: 'support-share-exceeded',
      severity: 'warning',
      cell: 'H2',
      text: expect.stringMatching(/^Søker 85,7\s% av prosjektets budsjett; planen tillater høyst 75,0\s%\.$/),
    });
  });

  it('--json names a board member tied to an applicant (Styret on the Plan sheet), in English too', async () => {
    const board = boardToTable([
      {
        member: 'Kari Nordby',
        role: 'Styreleder',
        company: 'Toten Emballasje AS',
        relation: 'boardMember',
        row: 1,
      },
    ]);
    const target = await file('styret.xlsx', undefined, [...planToTables(defaultPlan), board]);
    const out = JSON.parse((await run(target, {}, { json: true, lang: 'en' })).stdout);
    const conflict = out.findings.find((f: { rule: string }) => f.rule === 'board-member-conflict');
    expect(conflict).toMatchObject({ severity: 'warning', sheet: 'Søknader', cell: 'C6', row: 6 });
    expect(conflict.message).toContain(
      'Kari Nordby (Styreleder) is a board member or manager of "Toten Emballasje AS"',
    );
    const packaging = out.assessments.find((a: { id: string }) => a.id === 'S-05');
    expect(packaging.warnings).toEqual([
      {
        rule: 'board-member-conflict',
        severity: 'warning',
        cell: 'C6',
        text: 'Kari Nordby leaves the meeting while this is dealt with (a board member or manager of "Toten Emballasje AS").',
      },
    ]);
  });

  it('prints the ranking, the frames and the findings as text, in bokmål', async () => {
    const { code, stdout } = await run(await file('text.xlsx'));
    expect(code).toBe(EXIT.ok);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Vurdering av .*text\.xlsx: 6 søknader i Søknader!A1:S7\.$/);
    expect(stdout).toContain('Plan: standardplanen');
    expect(stdout).toMatch(/Kriterier \(standardkriteriene\): Relevans 14\s%, Marked og vekst 14\s%/);
    const ranked = lines.filter((l) => /^\s*[1-5–]\s+S-0\d/.test(l));
    expect(ranked.map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      '1 S-02',
      '2 S-04',
      '3 S-01',
      '4 S-05',
      '5 S-03',
      '– S-06',
    ]);
    expect(ranked[3]).toMatch(/Delvis mulig\s+216\s667\s+0$/);
    expect(ranked[5]).toContain('Ikke vurdert (mangler poeng for «Gjennomføringsevne»)');
    expect(stdout).toMatch(
      /Nyskaping i næringslivet\s+2013\s+1\s466\s667\s+0\s+1\s466\s667\s+1\s950\s000\s+1\s466\s667\s+0/,
    );
    expect(stdout).toContain('Søknader!Q7');
    expect(stdout).toContain('0 feil, 2 advarsler, 1 til informasjon.');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run(await file('en.xlsx'), {}, { lang: 'en' });
    expect(stdout).toContain('Assessment of');
    expect(stdout).toContain('Partly possible');
    expect(stdout).toContain('Not within the frame');
    expect(stdout).toContain('0 errors, 2 warnings, 1 for information.');
  });

  it('uses the whole period’s frame with --periode: every application fits', async () => {
    const { stdout } = await run(await file('period.xlsx'), { period: true }, { json: true });
    const decisions = JSON.parse(stdout).assessments.map((a: { decision: string }) => a.decision);
    expect(decisions).toEqual(['funded', 'funded', 'funded', 'funded', 'funded', 'notAssessed']);
  });

  it('exits 1 when a score is outside 1–5, and takes --år for an empty year', async () => {
    const values = sampleApplicationsGrid().values.map((row) => [...row]);
    values[1][12] = 7; // S-01 Relevans
    values[2][6] = null; // S-02 År
    const target = await file('errors.xlsx', values);
    const result = await run(target, { year: '2014' }, { json: true });
    expect(result.code).toBe(EXIT.errorsFound);
    const out = JSON.parse(result.stdout);
    expect(out.findings[0]).toMatchObject({ rule: 'score-out-of-range', severity: 'error', cell: 'M2' });
    // S-02 now draws on the 2014 Nyskaping frame (1 466 667), on its own.
    expect(out.assessments.find((a: { id: string }) => a.id === 'S-02')).toMatchObject({
      decision: 'funded',
      remainingFrame: 666_667,
    });
    await expect(run(target, { year: 'neste' })).rejects.toMatchObject({ domain: 'usage', code: 'usage' });
  });

  it('says there are no applications, as an error a user can act on', async () => {
    const target = await file('none.xlsx', [[]]);
    await expect(run(target)).rejects.toMatchObject({ code: 'no-applications' });
  });

  it('has help in both languages that names the JSON fields', () => {
    for (const text of [ASSESS_COMMAND.help.nb, ASSESS_COMMAND.help.en]) {
      expect(text).toContain('{"assessments":[{"id","score","rank","decision","remainingFrame",');
      expect(text).toContain('"warnings":[{"rule","severity","cell","text"}]}]');
    }
  });
});

describe('omstilling vurder through the command line', () => {
  it('is a registered command in both languages, with help in both', async () => {
    const { cli } = await import('./runCli');
    const target = await file('registered.xlsx');
    const nb = await cli('vurder', target, '--json');
    const en = await cli('assess', target, '--json', '--lang', 'en');
    expect(nb.code).toBe(EXIT.ok);
    expect(JSON.parse(nb.stdout).assessments[0]).toMatchObject({ id: 'S-02', rank: 1, decision: 'funded' });
    // The same assessments; only the warnings' words differ.
    const decisions = (out: string) =>
      JSON.parse(out).assessments.map((a: { warnings: { text: string }[] }) => ({
        ...a,
        warnings: a.warnings.map((w) => ({ ...w, text: typeof w.text })),
      }));
    expect(decisions(en.stdout)).toEqual(decisions(nb.stdout));
    expect(JSON.parse(en.stdout).assessments[2].warnings[0].text).toMatch(/^Applies for 85.7\s%/);
    expect(JSON.parse(en.stdout).findings[0].message).toContain('applies for');
    expect((await cli('--hjelp')).stdout).toContain('vurder <fil.xlsx>');
    expect((await cli('assess', '--help', '--lang', 'en')).stdout).toContain('Usage: omstilling');
  });
});
