/**
 * `omstilling statsstøtte` on one workbook with a 2013 grant judged under 1998/2006 (EUR 200 000) and 2024
 * grants judged under 2023/2831 (EUR 300 000), a Konsern, the municipality and test rates in Valutakurser.
 */
import ExcelJS from 'exceljs';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultPlan, planToTables } from '../../src/core/plan';
import { CANONICAL_HEADERS, FIELD_ORDER, STATE_AID_FIELDS } from '../../src/core/projects';
import type { CellValue } from '../../src/core/types';
import { createXlsxPort } from '../../src/xlsx/xlsxPort';
import { tempFolder } from './fixtures';
import { cli } from './runCli';

const folder = tempFolder();
const file = path.join(folder, 'statsstotte.xlsx');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const columns = [...FIELD_ORDER, ...STATE_AID_FIELDS];
type Row = Partial<Record<(typeof columns)[number], CellValue>>;
const base: Row = { area: 'Nyskaping i næringslivet', category: 'Forprosjekt' };
const ROWS: Row[] = [
  { id: '2013-01', name: 'Lettvektsrammer', applicant: 'Raufoss Lettmetall AS', orgNo: '936284108', group: 'Raufoss Holding', year: 2013, grantDate: '10.02.2013', granted: 1_000_000 },
  { id: '2013-02', name: 'Verktøy for støping', applicant: 'Raufoss Verktøy AS', orgNo: '934671821', group: 'Raufoss Holding', year: 2013, grantDate: '10.09.2013', granted: 700_000 },
  { id: '2024-01', name: 'Sensornett', applicant: 'Toten Sensor AS', orgNo: '922059179', year: 2024, grantDate: '01.02.2024', granted: 2_000_000 },
  { id: '2024-02', name: 'Testlab', applicant: 'Toten Sensor AS', orgNo: '922059179', year: 2024, grantDate: '01.06.2024', granted: 900_000 },
  { id: '2024-03', name: 'Velferdsteknologi', applicant: 'Vestre Toten kommune', orgNo: '967301450', year: 2024, grantDate: '01.03.2024', granted: 5_000_000 },
];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Prosjekter');
  sheet.addRow(columns.map((field) => CANONICAL_HEADERS[field]));
  for (const row of ROWS) sheet.addRow(columns.map((field) => ({ ...base, ...row })[field] ?? null));
  const port = createXlsxPort(workbook);
  // Test rates: 8 NOK/EUR in 2013 (EUR 200 000 = 1 600 000 kr), 10 in 2024 (EUR 300 000 = 3 000 000 kr).
  const rates = [2013, 2024].map((year) => ({ year, nokPerEur: year === 2013 ? 8 : 10, source: 'test' }));
  await port.createPlanSheet(planToTables({ ...defaultPlan, stateAid: { ...defaultPlan.stateAid, rates } }));
  writeFileSync(file, await port.save());
}, 60_000);

describe('omstilling statsstøtte / state-aid', () => {
  it('lists per single undertaking the aid in its window and the room left, in euro and kroner (JSON)', async () => {
    const run = await cli('statsstøtte', file, '--dato', '31.12.2024', '--json');
    expect(run.code).toBe(0);
    const { stateAid, plan } = JSON.parse(run.stdout);
    expect(plan).toBe('workbook');
    expect(stateAid.asOf).toBe('2024-12-31');
    const byName = Object.fromEntries(
      stateAid.undertakings.map((u: Record<string, unknown>) => [u.name, [u.regulation, u.window, u.aidNok, u.aidEur, u.roomEur, u.roomNok]]),
    );
    expect(byName).toEqual({
      // Linked by Konsern; its 2013 grants lie outside the three years up to 31.12.2024.
      'Raufoss Lettmetall AS': ['Forordning (EU) 2023/2831', { from: '2022-01-01', to: '2024-12-31' }, 0, 0, 300_000, 3_000_000],
      // 2 900 000 kr at 10 = EUR 290 000: judged under the 300 000 ceiling, EUR 10 000 = 100 000 kr left.
      'Toten Sensor AS': ['Forordning (EU) 2023/2831', { from: '2022-01-01', to: '2024-12-31' }, 2_900_000, 290_000, 10_000, 100_000],
    });
    expect(stateAid.undertakings[0].companies.map((c: { orgNo: string }) => c.orgNo)).toEqual(['936284108', '934671821']);
  });

  it('as of a day in 2013 the 1998/2006 ceiling applies and the linked companies are past it', async () => {
    const { stateAid } = JSON.parse((await cli('state-aid', file, '--date', '2013-12-31', '--json', '--lang', 'en')).stdout);
    expect(stateAid.undertakings[0]).toMatchObject({
      name: 'Raufoss Lettmetall AS',
      regulation: 'Forordning (EF) nr. 1998/2006',
      ceilingEur: 200_000,
      aidNok: 1_700_000,
      aidEur: 212_500,
      roomEur: -12_500,
      roomNok: 0,
    });
  });

  it('lists the grants of EUR 100 000 or more with the register’s fields; the municipality is not among them', async () => {
    const { stateAid } = JSON.parse((await cli('statsstøtte', file, '--dato', '31.12.2024', '--json')).stdout);
    expect(stateAid.registerGrants).toEqual([
      expect.objectContaining({ project: '2013-01', beneficiary: 'Raufoss Lettmetall AS', beneficiaryId: '936284108', aidNok: 1_000_000, aidEur: 125_000, grantDate: '2013-02-10', instrument: 'Tilskudd', enterpriseType: null, region: null, sector: null, grantingAuthority: 'Vestre Toten kommune (Omstillingsplan 2013–2015)', aidBasis: 'Bagatellmessig støtte', cell: 'H2' }),
      expect.objectContaining({ project: '2024-01', aidEur: 200_000, grantDate: '2024-02-01' }),
    ]);
  });

  it('writes the same as two CSV tables, «;»-separated', async () => {
    const run = await cli('statsstøtte', file, '--dato', '31.12.2024', '--csv');
    const [undertakings, grants] = run.stdout.trim().split(/\r?\n\r?\n/);
    expect(undertakings.split(/\r?\n/)[0]).toBe(
      'Foretak;Org.nr;Konsern;Forordning;Fra;Til;Tak (EUR);Støtte (kr);Støtte (EUR);Annen støtte (kr);Igjen (EUR);Igjen (kr);Kurs;Kursår',
    );
    expect(undertakings.split(/\r?\n/)).toContain(
      'Toten Sensor AS;922059179;;Forordning (EU) 2023/2831;2022-01-01;2024-12-31;300000;2900000;290000;0;10000;100000;10;2024',
    );
    expect(grants.split(/\r?\n/)).toHaveLength(3);
  });

  it('prints a table in bokmål, and a clear reason for a bad --dato', async () => {
    const run = await cli('statsstøtte', file, '--dato', '31.12.2024');
    expect(run.stdout).toMatch(/Bagatellstøtte per 31\.12\.2024, per foretak/);
    expect(run.stdout).toMatch(/Toten Sensor AS .*Forordning \(EU\) 2023\/2831/);
    expect(run.stdout).toMatch(/Tildelinger på 100 000 euro eller mer/);
    const bad = await cli('statsstøtte', file, '--dato', 'i går');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--dato må være en dato/);
  });

  it('the check on the same workbook: the 2013 grants pass 200 000, the 2024 ones stay under 300 000', async () => {
    const { findings } = JSON.parse((await cli('sjekk', file, '--json')).stdout);
    const deMinimis = findings.filter((f: { rule: string }) => f.rule === 'de-minimis-exceeded');
    expect(deMinimis.map((f: { cell: string }) => f.cell)).toEqual(['H3']);
    expect(deMinimis[0].message).toMatch(/regnskapsårene 2011–2013 etter forordning \(EF\) nr\. 1998\/2006: ≈ 212\s500 euro.*ett foretak med «Raufoss Lettmetall AS»/);
    expect(findings.filter((f: { rule: string }) => f.rule === 'exchange-rate-missing')).toEqual([]);
  });
});
