/** Every command in both languages: what it prints, its JSON, its exit code. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli } from './runCli';
import { sampleSummary2011, tempFolder, writeSampleWorkbook } from './fixtures';

const folder = tempFolder();
const at = (name: string) => path.join(folder, name);
const GROUPED = /\s/; // Intl's nb-NO grouping is a no-break space

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('omstilling mal / template', () => {
  it('writes the Plan sheet and an empty project table, and checks clean with the workbook plan', async () => {
    const made = await cli('mal', at('tom.xlsx'));
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Skrev .*tom\.xlsx.*Plan.*Prosjekter \(tom\)/);
    const checked = await cli('sjekk', at('tom.xlsx'), '--json');
    expect(JSON.parse(checked.stdout)).toEqual({
      findings: [],
      counts: { error: 0, warning: 0, info: 0 },
      plan: 'workbook',
    });
    expect(checked.code).toBe(0);
  });

  it('fills in the 28 sample projects with --eksempel / --example', async () => {
    const nb = await cli('mal', at('eksempel.xlsx'), '--eksempel', '--json');
    expect(JSON.parse(nb.stdout)).toMatchObject({
      written: at('eksempel.xlsx'),
      projects: 28,
      applications: 6,
    });
    expect(JSON.parse(nb.stdout).validation).toContain('Prosjekter[Innsatsområde]');
    const en = await cli('template', at('example.xlsx'), '--example', '--lang', 'en');
    expect(en.stdout).toMatch(
      /^Wrote .*example\.xlsx.* with 28 example projects .* with 6 example applications, with pick-lists/m,
    );
    const summary = JSON.parse((await cli('oppsummer', at('example.xlsx'), '--json')).stdout);
    expect(summary.summary.length).toBeGreaterThan(0);
  });

  it('never overwrites a file without --overskriv / --force', async () => {
    const file = at('finnes.xlsx');
    writeFileSync(file, 'mine egne data');
    const refused = await cli('mal', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/finnes fra før.*--overskriv/);
    expect(readFileSync(file, 'utf8')).toBe('mine egne data');
    const refusedEn = await cli('template', file, '--lang', 'en', '--json');
    expect(refusedEn.code).toBe(2);
    expect(JSON.parse(refusedEn.stdout).error.code).toBe('file-exists');
    expect(refusedEn.stderr).toMatch(/already exists.*--force/);
    expect(readFileSync(file, 'utf8')).toBe('mine egne data');

    expect((await cli('mal', file, '--overskriv')).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect((await cli('template', file, '--force', '--example')).code).toBe(0);
  });

  it('says so on one line when the folder does not exist', async () => {
    const run = await cli('mal', at('finnes-ikke/ut.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^omstilling: Kan ikke skrive .*\(mappen finnes ikke\)\.$/);
    expect(existsSync(at('finnes-ikke'))).toBe(false);
  });
});

describe('omstilling sjekk / check', () => {
  const clean = at('ren.xlsx');
  const spoilt = at('feil.xlsx');
  beforeAll(async () => {
    await writeSampleWorkbook(clean, { summary: sampleSummary2011() });
    await writeSampleWorkbook(spoilt, {
      spoil: (v) => {
        v[1][7] = '440 000 kr'; // H2: text amount → warning
        v[2][4] = 'Nyskapning i næringslivet'; // E3: near miss → error
      },
    });
  });

  it('gives the JSON shape with row, severity and the message in the language asked for', async () => {
    const nb = await cli('sjekk', spoilt, '--json');
    expect(nb.code).toBe(1);
    const body = JSON.parse(nb.stdout);
    expect(Object.keys(body)).toEqual(['findings', 'counts', 'plan']);
    expect(body.plan).toBe('default');
    expect(body.counts).toEqual({ error: 1, warning: 3, info: 2 });
    for (const f of body.findings)
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'sheet', 'cell', 'row', 'message']);
    expect(body.findings[0]).toMatchObject({
      rule: 'unknown-area',
      severity: 'error',
      sheet: 'Prosjekter',
      cell: 'E3',
      row: 3,
    });
    expect(body.findings[0].message).toMatch(/mente du «Nyskaping i næringslivet»/);

    const en = JSON.parse((await cli('check', spoilt, '--json', '--lang', 'en')).stdout);
    expect(en.findings[0].message).toMatch(/did you mean/i);
    expect(en.findings.map((f: { cell: string }) => f.cell)).toEqual(
      body.findings.map((f: { cell: string }) => f.cell),
    );
  });

  it('prints findings grouped by severity with Ark!Celle, and the plan it used', async () => {
    const nb = await cli('sjekk', spoilt);
    expect(nb.code).toBe(1);
    const lines = nb.stdout.split('\n');
    const errors = lines.indexOf('Feil (1)');
    const warnings = lines.indexOf('Advarsler (3)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(lines[errors + 1]).toMatch(/^ {2}Prosjekter!E3 +.*\[unknown-area\]$/);
    expect(lines.slice(warnings + 1).join('\n')).toMatch(/Prosjekter!H2 .*\[number-as-text\]/);
    expect(nb.stdout).toMatch(/standardplanen/);
    expect(nb.stdout.trim().split('\n').pop()).toBe('1 feil, 3 advarsler, 2 til informasjon.');

    const en = await cli('check', spoilt, '--lang', 'en');
    expect(en.stdout).toMatch(/^Errors \(1\)$/m);
    expect(en.stdout).toMatch(/^Warnings \(3\)$/m);
    expect(en.stdout).toMatch(/default plan/);
    expect(en.stdout.trim().split('\n').pop()).toBe('1 error, 3 warnings, 2 for information.');
  });

  it('exits 0 when there are only warnings', async () => {
    const run = await cli('sjekk', clean);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Advarsler \(2\)$/m);
    expect(run.stdout).not.toMatch(/^Feil/m);
  });

  it('compares --oppsummering / --summary-range with the computed summary', async () => {
    const same = JSON.parse(
      (await cli('sjekk', clean, '--oppsummering', 'Oversikt!A1:I14', '--json')).stdout,
    );
    expect(same.findings.filter((f: { rule: string }) => f.rule === 'summary-mismatch')).toEqual([]);

    const summary = sampleSummary2011();
    summary[3][3] = 640_001; // D4: Bevilget beløp, Forstudie, Nyskaping — and its Sum no longer adds up
    const wrong = await writeSampleWorkbook(at('feil-oversikt.xlsx'), { summary });
    const run = await cli('check', wrong, '--summary-range', 'Oversikt!A1:I14', '--json');
    expect(run.code).toBe(1);
    const rules = JSON.parse(run.stdout).findings.map(
      (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`,
    );
    expect(rules).toContain('summary-mismatch Oversikt!D4');
    expect(rules).toContain('sum-mismatch Oversikt!D4');
  });

  it('exits 2 with a reason for a summary range it cannot read', async () => {
    const bad = await cli('sjekk', clean, '--oppsummering', 'Oversikt!ZZ');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(
      /^omstilling: .*ren\.xlsx: «Oversikt!ZZ» er ikke et gyldig celleområde/,
    );
    const missing = await cli(
      'check',
      clean,
      '--summary-range',
      'Finnes ikke!A1:B2',
      '--lang',
      'en',
      '--json',
    );
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).error.code).toBe('not-found');
    expect(missing.stderr).toMatch(/"Finnes ikke" was not found/);
  });

  it('shows at most 20 findings of a rule without --alle, and all with it', async () => {
    const many = await writeSampleWorkbook(at('mange.xlsx'), {
      spoil: (v) => v.slice(1).forEach((row) => (row[7] = `${row[7]} kr`)),
    });
    const short = await cli('sjekk', many);
    expect(short.stdout.match(/\[number-as-text\]$/gm)).toHaveLength(20);
    expect(short.stdout).toMatch(/… og 8 til av samme slag \[number-as-text\] \(--alle viser alle\)/);
    const all = await cli('check', many, '--all', '--lang', 'en');
    expect(all.stdout.match(/\[number-as-text\]$/gm)).toHaveLength(28);
  });

  it.each([
    [['sjekk'], /Mangler arbeidsboken/],
    [['sjekk', 'a.xlsx', 'b.xlsx'], /Bare én fil om gangen/],
    [['sjekk', 'finnes-ikke.xlsx'], /Fant ikke filen «finnes-ikke\.xlsx»/],
  ])('exits 2 for %j with one line', async (argv, reason) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });

  it('says a folder is not a file', async () => {
    mkdirSync(at('mappe.xlsx'));
    const run = await cli('check', at('mappe.xlsx'), '--lang', 'en');
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/is a folder, not a file/);
  });
});

describe('omstilling oppsummer / summary', () => {
  const file = at('oppsummer.xlsx');
  beforeAll(() => writeSampleWorkbook(file));

  it('gives one record per non-empty year × category × area, adding up to the plan’s sums', async () => {
    const run = await cli('oppsummer', file, '--json');
    expect(run.code).toBe(0);
    const { summary } = JSON.parse(run.stdout);
    for (const record of summary) {
      expect(Object.keys(record)).toEqual([
        'year',
        'category',
        'area',
        'countGranted',
        'countActive',
        'amountGranted',
        'amountActive',
      ]);
      expect(record.countGranted).toBeGreaterThan(0);
    }
    const total = (year: number) =>
      summary
        .filter((r: { year: number }) => r.year === year)
        .reduce((s: number, r: { amountGranted: number }) => s + r.amountGranted, 0);
    expect([total(2011), total(2012)]).toEqual([2_600_000, 5_240_000]);
    expect(summary[0]).toEqual({
      year: 2011,
      category: 'prestudy',
      area: 'Andre',
      countGranted: 1,
      countActive: 1,
      amountGranted: 70_000,
      amountActive: 70_000,
    });
  });

  it('prints the plan’s layout per year, in bokmål or English', async () => {
    const nb = await cli('oppsummer', file);
    expect(nb.stdout).toMatch(/^2011 +Forstudie +Antall bevilget +3 +1 +1 +2 +1 +8$/m);
    expect(nb.stdout).toMatch(new RegExp(`^Sum bevilget .* 2${GROUPED.source}600${GROUPED.source}000$`, 'm'));
    expect(nb.stdout).toMatch(new RegExp(`^Sum bevilget .* 5${GROUPED.source}240${GROUPED.source}000$`, 'm'));
    const en = await cli('summary', file, '--lang', 'en');
    expect(en.stdout).toMatch(/^2011 +Prestudy +Number granted +3 +1 +1 +2 +1 +8$/m);
    expect(en.stdout).toMatch(/^Total granted /m);
    expect(en.stdout).not.toMatch(/Antall|Forstudie/);
  });
});

describe('omstilling oppfolging / follow-up', () => {
  const file = at('oppfolging.xlsx');
  beforeAll(() => writeSampleWorkbook(file));

  it('gives the follow-up figures as JSON', async () => {
    const run = await cli('oppfolging', file, '--json', '--dato', '2016-01-01');
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body.plan).toBe('default');
    expect(body.today).toBe('2016-01-01');
    expect(Object.keys(body.followUp).sort()).toEqual(['perArea', 'perAreaYear', 'results']);
    const granted = body.followUp.perAreaYear.reduce((s: number, r: { granted: number }) => s + r.granted, 0);
    expect(granted).toBe(7_840_000);
    for (const r of body.followUp.perAreaYear) expect(r.granted).toBe(r.paid + r.commitments + r.freedFunds);
    expect(body.followUp.results.newCompanies).toEqual({
      total: 0,
      target: 6,
      status: 'not-met',
      met: false,
    });
  });

  it('prints frames, money and targets in bokmål or English', async () => {
    const nb = await cli('oppfolging', file, '--dato', '1.1.2016');
    expect(nb.stdout).toMatch(/^Målene vurdert per 01\.01\.2016\.$/m);
    expect(nb.stdout).toMatch(/^Per innsatsområde, 2013–2015$/m);
    expect(nb.stdout).toMatch(
      /^Innsatsområde +Ramme +Bevilget +Utbetalt +Forpliktelser +Frigjort +Gjenstår$/m,
    );
    expect(nb.stdout).toMatch(
      new RegExp(`^Nyskaping i næringslivet +4${GROUPED.source}400${GROUPED.source}000 +0 `, 'm'),
    );
    expect(nb.stdout).toMatch(/^Nye bedrifter i perioden: 0 av 6 — ikke nådd\.$/m);
    const en = await cli('follow-up', file, '--lang', 'en', '--date', '2016-01-01');
    expect(en.stdout).toMatch(/^Per focus area, 2013–2015$/m);
    expect(en.stdout).toMatch(/^New companies in the period: 0 of 6 — not met\.$/m);
    expect(en.stdout).toMatch(/^Leverage: /m);
  });

  it('on 1 June 2014 says 2014 is in progress and 2015 not yet — never "ikke nådd" for a year not over', async () => {
    const nb = await cli('oppfolging', file, '--dato', '2014-06-01');
    expect(nb.code).toBe(0);
    expect(nb.stdout).toMatch(/^Målene vurdert per 01\.06\.2014\.$/m);
    expect(nb.stdout).toMatch(/^2013 +0 +0 +0 +50 +ikke nådd$/m);
    expect(nb.stdout).toMatch(/^2014 +0 +0 +0 +50 +pågår$/m);
    expect(nb.stdout).toMatch(/^2015 +0 +0 +0 +50 +ikke ennå$/m);
    expect(nb.stdout).toMatch(/^Nye bedrifter i perioden: 0 av 6 — pågår\.$/m);
    expect(nb.stdout.split('\n').filter((line) => /^201[45] /.test(line) && /ikke nådd/.test(line))).toEqual(
      [],
    );
    const json = JSON.parse((await cli('oppfolging', file, '--dato', '2014-06-01', '--json')).stdout);
    expect(json.followUp.results.jobsPerYear.filter((j: { year: number }) => j.year >= 2014)).toEqual([
      expect.objectContaining({ year: 2014, status: 'in-progress', met: null }),
      expect.objectContaining({ year: 2015, status: 'not-yet', met: null }),
    ]);
  });

  it('refuses a --dato it cannot read, with exit 2', async () => {
    const run = await cli('oppfolging', file, '--dato', '31.02.2014');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--dato må være en dato som 2014-06-01 eller 1\.6\.2014, ikke «31\.02\.2014»/);
  });
});

describe('omstilling kurve / curve', () => {
  const population = ['--grunnlag', '12928', '--fra', '2012', '--til', '2017'];

  it.each(['0,5 %', '0.5%', '0,005', '0.005'])(
    'reads the rate %s as 0.5 %% a year (the plan’s population curve)',
    async (rate) => {
      const run = await cli('kurve', ...population, '--vekst', rate, '--json');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        curve: [
          { year: 2012, value: 12928 },
          { year: 2013, value: 12993 },
          { year: 2014, value: 13058 },
          { year: 2015, value: 13123 },
          { year: 2016, value: 13189 },
          { year: 2017, value: 13255 },
        ],
      });
    },
  );

  it.each([
    ['årlig', 13255],
    ['slutt', 13254],
    ['final', 13254],
  ])('rounds %s to %d in 2017', async (rounding, last) => {
    const run = await cli('kurve', ...population, '--vekst', '0,5 %', '--avrunding', rounding, '--json');
    expect(JSON.parse(run.stdout).curve.pop()).toEqual({ year: 2017, value: last });
  });

  it('gives unrounded values with --rounding none', async () => {
    const run = await cli(
      'curve',
      '--base',
      '100',
      '--from',
      '2020',
      '--to',
      '2021',
      '--rate',
      '1%',
      '--rounding',
      'none',
      '--json',
    );
    expect(JSON.parse(run.stdout).curve[1].value).toBeCloseTo(101, 10);
  });

  it('prints a table in bokmål or English', async () => {
    const nb = await cli('kurve', ...population, '--vekst', '0,5 %');
    expect(nb.stdout).toMatch(/^Målkurve: 12\s928 i 2012, vekst 0,5\s% i året, avrunding årlig$/m);
    expect(nb.stdout).toMatch(/^År +Verdi$/m);
    expect(nb.stdout).toMatch(/^2017 +13\s255$/m);
    const en = await cli(
      'curve',
      '--base',
      '6232',
      '--from',
      '2011',
      '--to',
      '2016',
      '--rate',
      '1,5 %',
      '--lang',
      'en',
    );
    expect(en.stdout).toMatch(/^Goal curve: 6\s232 in 2011, growth 1.5\s% a year, rounding yearly$/m);
    expect(en.stdout).toMatch(/^2016 +6\s713$/m);
  });

  it.each([
    [['kurve', '--fra', '2012', '--til', '2017', '--vekst', '1'], /Mangler --grunnlag \(--base\)/],
    [
      ['kurve', '--grunnlag', '1', '--fra', '2012', '--til', '2017', '--vekst', 'mye'],
      /--vekst må være en prosent/,
    ],
    [
      ['kurve', '--grunnlag', '1', '--fra', '2012,5', '--til', '2017', '--vekst', '1'],
      /--fra må være et helt tall/,
    ],
    [
      ['kurve', '--grunnlag', '1', '--fra', '2017', '--til', '2012', '--vekst', '1 %'],
      /2012 er før basisåret 2017/,
    ],
    [
      ['kurve', '--grunnlag', '-100', '--fra', '2012', '--til', '2017', '--vekst', '1 %'],
      /--grunnlag er et antall \(arbeidsplasser, innbyggere\) og kan ikke være negativt: «-100»/,
    ],
    [
      ['kurve', '--grunnlag', '100', '--fra', '1800', '--til', '1805', '--vekst', '1 %'],
      /--fra må være et årstall fra 1900 til 2200, ikke «1800»/,
    ],
    [
      ['kurve', '--grunnlag', '1', '--fra', '2012', '--til', '2017', '--vekst', '0,5'],
      /«0,5» for --vekst kan bety 0,5\s% eller 50\s% — mente du/,
    ],
    [
      ['kurve', '--grunnlag', '1', '--fra', '2012', '--til', '2017', '--vekst', '1'],
      /mente du «1\s%» eller «100\s%»\?/,
    ],
    [
      ['kurve', '--grunnlag', '1', '--fra', '2012', '--til', '2017', '--vekst', '-100 %'],
      /Veksten må være over/,
    ],
    [
      [
        'kurve',
        '--grunnlag',
        '1',
        '--fra',
        '2012',
        '--til',
        '2017',
        '--vekst',
        '1 %',
        '--avrunding',
        'kanskje',
      ],
      /Ukjent avrunding «kanskje»/,
    ],
    [['kurve', 'fil.xlsx'], /kurve tar ingen filnavn/],
  ])('exits 2 for %j with one line', async (argv, reason) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });

  it('says what is missing in English with --lang en', async () => {
    const run = await cli('curve', '--base', '1', '--from', '2012', '--to', '2013', '--lang', 'en');
    expect(run.stderr.trim()).toBe('omstilling: Missing --rate (--vekst).');
  });
});

describe('omstilling fordel / allocate', () => {
  it('splits exactly to the krone, as JSON', async () => {
    const run = await cli('fordel', '6 300 000', '70', '30', '--json');
    expect(JSON.parse(run.stdout)).toEqual({
      allocation: [4_410_000, 1_890_000],
      sharesSum: 100,
      warnings: [],
    });
    const thirds = await cli('allocate', '100', '1', '1', '1', '--json');
    expect(JSON.parse(thirds.stdout)).toMatchObject({ allocation: [34, 33, 33], sharesSum: 3 });
  });

  it('rounds to --enhet / --unit and still sums exactly', async () => {
    const run = await cli('fordel', '6,3 mill', '70 %', '30 %', '--enhet', '100 000', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ allocation: [4_400_000, 1_900_000] });
    const odd = JSON.parse(
      (await cli('allocate', '1000', '1', '1', '1', '--unit', '300', '--json')).stdout,
    ).allocation;
    expect(odd.reduce((a: number, b: number) => a + b, 0)).toBe(1000);
  });

  it('prints the parts and their sum in bokmål or English', async () => {
    const nb = await cli('fordel', '6300000', '70', '30');
    expect(nb.stdout).toMatch(/^Andel +Beløp$/m);
    expect(nb.stdout).toMatch(/^70 +4\s410\s000$/m);
    expect(nb.stdout).toMatch(/^Sum +6\s300\s000$/m);
    const en = await cli('allocate', '6300000', '70', '30', '--lang', 'en');
    expect(en.stdout).toMatch(/^Share +Amount$/m);
    expect(en.stdout).toMatch(/^Total +6\s300\s000$/m);
  });

  it.each([
    [['fordel'], /Mangler beløpet/],
    [['fordel', '100'], /Mangler andelene/],
    [['fordel', 'mye', '1'], /Beløpet «mye» er ikke et beløp/],
    [['fordel', '100', 'halvparten'], /Andelen «halvparten» er ikke et tall/],
    [['fordel', '100', '-1', '2'], /Andelen «-1» er negativ/],
    [['fordel', '100', '0', '0'], /./],
    [['fordel', '100', '1', '--enhet', '0'], /./],
  ])('exits 2 for %j with one line', async (argv, reason) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });
});

describe('help, version and usage errors', () => {
  it.each([
    ['sjekk', 'check'],
    ['oppsummer', 'summary'],
    ['oppfolging', 'follow-up'],
    ['kurve', 'curve'],
    ['fordel', 'allocate'],
    ['mal', 'template'],
  ])('explains %s in bokmål and %s in English', async (nb, en) => {
    const norsk = await cli(nb, '--hjelp');
    expect(norsk.code).toBe(0);
    expect(norsk.stdout).toMatch(new RegExp(`^Bruk: omstilling ${nb}`));
    const english = await cli(en, '--help', '--lang', 'en');
    expect(english.stdout).toMatch(new RegExp(`^Usage: omstilling ${en}`));
    expect((await cli('help', en, '--lang', 'en')).stdout).toBe(english.stdout);
  });

  it('gives the overview with every command and the exit codes, in both languages', async () => {
    const nb = (await cli('--hjelp')).stdout;
    const en = (await cli('-h', '--lang', 'en')).stdout;
    for (const word of ['sjekk', 'oppsummer', 'oppfolging', 'kurve', 'fordel', 'mal'])
      expect(nb).toContain(word);
    for (const word of ['check', 'summary', 'follow-up', 'curve', 'allocate', 'template'])
      expect(en).toContain(word);
    expect(nb).toMatch(/Avslutningskoder: 0 = ingen feil, 1 = sjekk fant feil, 2 = /);
    expect(en).toMatch(/Exit codes: 0 = no errors, 1 = check found errors, 2 = /);
  });

  it('prints the version', async () => {
    expect((await cli('--versjon')).stdout).toMatch(/^omstilling \d+\.\d+\.\d+\n$/);
    expect(JSON.parse((await cli('--version', '--json')).stdout)).toEqual({
      version: expect.stringMatching(/^\d/),
    });
  });

  it('shows the overview on stderr and exits 2 without a command', async () => {
    const run = await cli();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^omstilling — /);
  });

  it.each([
    [['sjekkk', 'fil.xlsx'], 'omstilling: Ukjent kommando «sjekkk». Skriv «omstilling --hjelp» for bruk.'],
    [
      ['chekc', '--lang', 'en'],
      'omstilling: Unknown command "chekc". Run "omstilling --help --lang en" for usage.',
    ],
    [
      ['sjekk', 'fil.xlsx', '--oppsumering', 'A1'],
      'omstilling: Ukjent valg «--oppsumering». Skriv «omstilling --hjelp» for bruk.',
    ],
    [
      ['kurve', '--lang', 'de'],
      'omstilling: Ukjent språk «de»; bruk nb eller en. Skriv «omstilling --hjelp» for bruk.',
    ],
  ])('exits 2 for %j, saying %s', async (argv, line) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${line}\n`);
  });
});
