/**
 * The assessment operation over both WorkbookPorts (Office.js over the fake Excel, and ExcelJS through a
 * saved .xlsx): one read, the case sheet, the criteria, and the append that never touches an existing
 * project row (asserted cell by cell).
 */
import {
  appendGrantedApplications,
  runAssessment,
  saveCriteria,
  writeRecommendationSheet,
} from '../../src/app/assess';
import { boardToTable, defaultCriteria } from '../../src/core/assessment';
import { defaultPlan, planToTables } from '../../src/core/plan';
import type { CellValue } from '../../src/core/types';
import { implementations, NOW, sampleBookFixture } from '../port/fixtures';

describe.each(implementations)('%s', (_name, build) => {
  const workbook = async (options: { projects?: boolean; applications?: boolean } = {}) => {
    const built = await build(sampleBookFixture(options));
    return { ...built, values: (sheet: string, address: string) => built.inspect.values(sheet, address) };
  };

  describe('runAssessment', () => {
    it('reads Søknader, Prosjekter and the Plan in one Excel.run and assesses the sample', async () => {
      const { fake, port } = await workbook();
      const run = await runAssessment(port);
      if (fake) expect(fake.runs).toBe(1);
      expect(run.planSource).toBe('default');
      expect(run.criteriaSource).toBe('default');
      expect(run.projects?.rows).toHaveLength(28);
      expect(run.result.assessments.map((a) => [a.id, a.rank, a.decision, a.remainingFrame])).toEqual([
        ['S-02', 1, 'funded', 666_667],
        ['S-04', 2, 'funded', 216_667],
        ['S-01', 3, 'funded', 333_333],
        ['S-05', 4, 'partly', 0],
        ['S-03', 5, 'outside', 0],
        ['S-06', null, 'notAssessed', 333_333],
      ]);
      expect(run.findings.map((f) => f.rule)).toEqual([
        'support-share-exceeded',
        'missing-score',
        'exchange-rate-missing',
      ]);
    });

    it('reads the board from the Plan’s Styret: a member tied to an applicant is named on it', async () => {
      const { port } = await workbook();
      await port.createPlanSheet([
        ...planToTables(defaultPlan),
        boardToTable([
          { member: 'Kari Nordby', role: 'Nestleder', orgNo: '922059179', relation: 'boardMember', row: 1 },
        ]),
      ]);
      const run = await runAssessment(port);
      expect(run.board.map((link) => link.member)).toEqual(['Kari Nordby']);
      const conflict = run.findings.find((f) => f.rule === 'board-member-conflict');
      expect(conflict).toMatchObject({ sheet: 'Søknader', cell: 'C5', row: 5 });
      expect(run.result.assessments.find((a) => a.id === 'S-04')?.warnings.map((w) => w.text.nb)).toEqual([
        'Kari Nordby fratrer under behandlingen (styremedlem eller leder i «Toten Sensor AS»).',
      ]);
    });

    it('says so when there are no applications', async () => {
      const { port } = await workbook({ applications: false });
      await expect(runAssessment(port)).rejects.toMatchObject({ code: 'no-applications' });
      await expect(runAssessment(port)).rejects.toMatchObject({ domain: 'input' });
    });
  });

  describe('writeRecommendationSheet', () => {
    it('writes the board’s case table on the owned sheet Innstilling, with links to the applications', async () => {
      const { port, values } = await workbook();
      const run = await runAssessment(port);
      const result = await writeRecommendationSheet(port, run, { now: NOW });
      expect(result.sheet).toBe('Innstilling');
      const sheet = values('Innstilling', 'A1:L14');
      expect(sheet[0][0]).toBe('Innstilling til styret: vurdering av søknader');
      const header = sheet.findIndex((row) => row[0] === 'Rang');
      expect(sheet[header].slice(0, 12)).toEqual([
        'Rang',
        'Søknadsnr',
        'Søker',
        'Prosjekt',
        'Innsatsområde',
        'Kategori',
        'Søkt beløp',
        'Poeng',
        'Innstilling',
        'Kan dekkes',
        'Gjenstående ramme',
        'Merknad',
      ]);
      expect(sheet[header + 4].slice(0, 11)).toEqual([
        4,
        'S-05',
        'Toten Emballasje AS',
        'Biobasert emballasje',
        'Nyskaping i næringslivet',
        'Forprosjekt',
        400_000,
        60.7,
        'Delvis mulig',
        216_667,
        0,
      ]);
      expect(values('Logg', 'A1:D5').some((row) => row.includes('Skrev innstilling'))).toBe(true);
    });
  });

  describe('appendGrantedApplications', () => {
    const granted = [
      { row: 3, id: 'S-02', amount: 800_000 },
      { row: 6, id: 'S-05', amount: 216_667 },
    ];
    // S-01 applies for 85,7 % of its budget (the plan allows 75 %): the board granted it all the same.
    const warned = { row: 2, id: 'S-01', amount: 300_000, confirmed: true };

    it('appends new rows and never changes an existing one, cell by cell', async () => {
      const { port, values } = await workbook();
      const before: CellValue[][] = values('Prosjekter', 'A1:O29');
      const result = await appendGrantedApplications(port, granted, 2013);
      const after = values('Prosjekter', 'A1:O31');
      for (let r = 0; r < before.length; r++) {
        for (let c = 0; c < 15; c++)
          expect([r + 1, c + 1, after[r][c]]).toEqual([r + 1, c + 1, before[r][c]]);
      }
      expect(after.slice(29)).toEqual([
        [
          '2013-01',
          'Lettvektsrammer for elbil',
          'Raufoss Lettmetall AS',
          '936284108',
          'Nyskaping i næringslivet',
          'Hovedprosjekt',
          2013,
          800_000,
          null,
          null,
          'Aktiv',
          null,
          null,
          null,
          null,
        ],
        [
          '2013-02',
          'Biobasert emballasje',
          'Toten Emballasje AS',
          '915730949',
          'Nyskaping i næringslivet',
          'Forprosjekt',
          2013,
          216_667,
          null,
          null,
          'Aktiv',
          null,
          null,
          null,
          null,
        ],
      ]);
      expect(result.added.map((a) => [a.id, a.projectId])).toEqual([
        ['S-02', '2013-01'],
        ['S-05', '2013-02'],
      ]);
      expect(values('Logg', 'B2:D2')).toEqual([['La til rader', 'Prosjekter', 2]]);
    });

    it('logs the confirmation of an application with a warning with the rows', async () => {
      const { port, values } = await workbook();
      const result = await appendGrantedApplications(port, [warned, granted[1]], 2013);
      expect(result.added.map((a) => a.id)).toEqual(['S-01', 'S-05']);
      const logged = values('Logg', 'B2:D2')[0];
      expect(logged.slice(1)).toEqual(['Prosjekter', 2]);
      expect(logged[0]).toMatch(
        /^La til rader\. Bekreftet tross merknader: S-01: Søker 85,7\s% av prosjektets budsjett; planen tillater høyst 75,0\s%\.$/,
      );
    });

    it('refuses an application with a warning the user has not confirmed, and changes nothing', async () => {
      const { port, values, inspect } = await workbook();
      const snapshot = JSON.stringify([values('Prosjekter', 'A1:O40'), inspect.sheets()]);
      const refused = appendGrantedApplications(port, [{ ...warned, confirmed: false }], 2013);
      await expect(refused).rejects.toMatchObject({ code: 'grant-unconfirmed' });
      await expect(appendGrantedApplications(port, [{ ...warned, confirmed: false }], 2013)).rejects.toThrow(
        /S-01 har merknader som må bekreftes før den legges til: Søker 85,7/,
      );
      expect(JSON.stringify([values('Prosjekter', 'A1:O40'), inspect.sheets()])).toBe(snapshot);
    });

    it('takes the granted amounts off the 2013 frames on the next assessment', async () => {
      const { port } = await workbook();
      await appendGrantedApplications(port, granted, 2013);
      const run = await runAssessment(port);
      expect(run.result.areas[0]).toMatchObject({
        area: 'Nyskaping i næringslivet',
        used: 1_016_667,
        remainingBefore: 450_000,
      });
    });

    it('does not add an application twice', async () => {
      const { port, values } = await workbook();
      await appendGrantedApplications(port, granted, 2013);
      const snapshot = JSON.stringify(values('Prosjekter', 'A1:O40'));
      const again = await appendGrantedApplications(port, granted, 2013);
      expect(again.added).toEqual([]);
      expect(again.skipped.map((s) => s.id)).toEqual(['S-02', 'S-05']);
      expect(JSON.stringify(values('Prosjekter', 'A1:O40'))).toBe(snapshot);
    });

    it('refuses, and changes nothing, when the application on that row is another one now', async () => {
      const { port, values, inspect } = await workbook();
      const snapshot = JSON.stringify([values('Prosjekter', 'A1:O40'), inspect.sheets()]);
      await expect(
        appendGrantedApplications(port, [{ row: 3, id: 'S-04', amount: 1 }], 2013),
      ).rejects.toMatchObject({
        code: 'grant-mismatch',
      });
      expect(JSON.stringify([values('Prosjekter', 'A1:O40'), inspect.sheets()])).toBe(snapshot);
    });

    it('creates the Prosjekter table when the workbook has none', async () => {
      const { port, values } = await workbook({ projects: false });
      await appendGrantedApplications(port, [granted[0]], 2013);
      const rows = values('Prosjekter', 'A1:O3').filter((row) => row.some((cell) => cell !== null));
      expect(rows[0][0]).toBe('Prosjektnr');
      // The new table's first row may be the empty row Excel gives a new table; the grant is the last row.
      expect(rows[rows.length - 1].slice(0, 8)).toEqual([
        'S-02',
        'Lettvektsrammer for elbil',
        'Raufoss Lettmetall AS',
        '936284108',
        'Nyskaping i næringslivet',
        'Hovedprosjekt',
        2013,
        800_000,
      ]);
    });
  });

  describe('saveCriteria', () => {
    it('creates the Plan sheet with Kriterier when there is none, and the next assessment uses it', async () => {
      const { port } = await workbook();
      const criteria = defaultCriteria().map((c) => (c.id === 'capacity' ? { ...c, weight: 0 } : c));
      await saveCriteria(port, criteria);
      const run = await runAssessment(port);
      expect(run.criteriaSource).toBe('workbook');
      expect(run.criteria).toEqual(criteria);
      // S-06 lacks only the capacity score, which no longer counts: 4+4+3+4+3+3 − 6 = 15 of 24 points.
      expect(run.result.assessments.find((a) => a.id === 'S-06')).toMatchObject({
        score: 62.5,
        decision: 'funded',
      });
    });

    it('refuses criteria without a name or with a negative weight', async () => {
      const { port } = await workbook();
      await expect(saveCriteria(port, [{ ...defaultCriteria()[0], weight: -1 }])).rejects.toMatchObject({
        code: 'criteria-invalid',
      });
    });
  });
});
