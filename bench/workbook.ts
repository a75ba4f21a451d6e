/**
 * The benchmark's workbook: a project table as a municipality's export looks after some years of a
 * programme — 15 canonical columns, Norwegian names and applicants (one per two rows, most of them
 * recurring), the legacy years 2010–2012 with their areas and the plan's 2013–2015, amounts as numbers in
 * `#,##0` with one in forty typed as text ("125 000", "kr 80 000"), empty payment and result cells, and
 * one slip in a few hundred cells (a stray space, lower case, a typo). Deterministic: the same rows every
 * time, written with ExcelJS's streaming writer and shared strings, the way Excel saves.
 *
 *   npx tsx bench/workbook.ts <rows> <file.xlsx>
 */
import ExcelJS from 'exceljs';
import { CANONICAL_HEADERS, FIELD_ORDER } from '../src/core/projects';
import type { CellValue, ProjectField } from '../src/core/types';

/**
 * mulberry32, a small 32-bit generator: the same workbook on every machine and run. (Integer arithmetic
 * with Math.imul; a float LCG loses bits past 2^53 and repeats itself within a few thousand draws.)
 */
function random(seed: number) {
  let state = seed >>> 0;
  const unit = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const next = (n: number): number => Math.floor(unit() * n);
  return { next, pick: <T>(items: readonly T[]): T => items[next(items.length)] };
}

const PLACES = [
  'Raufoss',
  'Toten',
  'Eina',
  'Reinsvoll',
  'Bøverbru',
  'Gjøvik',
  'Hunndalen',
  'Ås',
  'Kolbu',
  'Lena',
];
const TRADES = [
  'Mekaniske',
  'Sveiseteknikk',
  'Trebygg',
  'Sensor',
  'Emballasje',
  'Støperi',
  'Overflate',
  'Verktøy',
  'Kompositt',
  'Lettmetall',
  'Regnskap',
  'Rørlegger',
  'Elektro',
  'Bakeri',
  'Opplevelser',
  'Omsorg',
  'Transport',
  'Maskin',
  'Data',
  'Gartneri',
];
const FORMS = ['AS', 'AS', 'AS', 'SA', 'ENK', 'DA'];
const VERBS = [
  'Ny produktlinje for',
  'Markedsanalyse for',
  'Digitalisering av',
  'Automatisert',
  'Eksportsatsing på',
  'Kompetanseheving i',
  'Forstudie om',
  'Nettverk for',
  'Utvikling av',
  'Pilot for',
];
const OBJECTS = [
  'aluminiumsprofiler',
  'sveiselinje',
  'byggelementer i tre',
  'prosessovervåking',
  'pakkelinje',
  'bildeler',
  'overflatebehandling',
  'verktøy',
  'komponenter',
  'hjemmetjenesten',
  'sentrumshandel',
  'sykkelturisme',
  'ordrestyring',
  'lakkering',
  'lokalmat',
  'reiseliv',
  'logistikk',
  'gjenvinning',
  'energisparing',
];
/** The legacy period's areas (2010–2012) and the plan's (2013–2015, with the alias people use). */
const LEGACY_AREAS = [
  'Nyskaping i næringslivet',
  'Nyskaping i næringslivet',
  'Velferdsinnovasjon',
  'Sentrum',
  'Fritid',
  'Andre',
];
const PLAN_AREAS = [
  'Nyskaping i næringslivet',
  'Nyskaping i næringslivet',
  'Attraktivitet for næringslivet',
  'Nyskaping',
];
const CATEGORIES = ['Forstudie', 'Forstudie', 'Forstudie', 'Forprosjekt', 'Forprosjekt', 'Hovedprosjekt'];
/** An empty status cell means active. */
const STATUSES = ['Aktiv', 'Aktiv', 'Avsluttet', 'Avsluttet', 'Trukket', null];
/** What slips in now and then (one row in a few hundred): a stray space, lower case, a typo. */
const SLIPS = {
  area: ['nyskaping i næringslivet ', 'Nyskapning'],
  category: ['forprosjekt ', 'Forprosjket'],
  status: ['aktiv', 'Avslutet'],
};

/** Org.nr with a valid mod-11 check digit, written "918 452 036"; undefined for a body that has none. */
function orgNo(body: number): string | undefined {
  const digits = String(body).padStart(8, '0').split('').map(Number);
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const rest = digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  if (check === 10) return undefined;
  const nine = `${digits.join('')}${check}`;
  return `${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`;
}

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** `count` project rows, header first. */
export function benchRows(count: number): CellValue[][] {
  const { next, pick } = random(20_130_101);
  const validOrgNo = (): string => orgNo(91_000_000 + next(8_999_999)) ?? validOrgNo();
  const applicants = Array.from({ length: Math.max(50, Math.round(count / 2)) }, (_, i) => ({
    name: `${pick(PLACES)} ${pick(TRADES)} ${pick(FORMS)}${i % 7 === 0 ? ` ${i}` : ''}`,
    orgNo: validOrgNo(),
  }));
  const rows: CellValue[][] = [FIELD_ORDER.map((field) => CANONICAL_HEADERS[field])];
  const slip = (usual: string | null, slips: string[]) => (next(300) === 0 ? pick(slips) : usual);
  for (let i = 0; i < count; i++) {
    const year = 2010 + next(6);
    const applicant = pick(applicants);
    const granted = (1 + next(60)) * 10_000;
    const status = slip(pick(STATUSES), SLIPS.status);
    const atApproval = Math.floor(granted / 2);
    const closed = status === 'Avsluttet';
    const typedAsText = next(40) === 0;
    const byField: Partial<Record<ProjectField, CellValue>> = {
      id: `${year}-${String(i + 1).padStart(5, '0')}`,
      name: `${pick(VERBS)} ${pick(OBJECTS)}${next(3) === 0 ? `, ${pick(PLACES)}` : ''}`,
      applicant: applicant.name,
      orgNo: applicant.orgNo,
      area: slip(pick(year <= 2012 ? LEGACY_AREAS : PLAN_AREAS), SLIPS.area),
      category: slip(pick(CATEGORIES), SLIPS.category),
      year,
      granted: typedAsText ? (next(2) ? thousands(granted) : `kr ${thousands(granted)}`) : granted,
      paidAtApproval: status === 'Trukket' ? 0 : atApproval,
      paidAtCompletion: closed ? granted - atApproval - next(3) * 5_000 : null,
      status,
      newJobs: closed ? next(6) : null,
      securedJobs: closed ? next(10) : null,
      newCompanies: closed ? (next(5) === 0 ? 1 : 0) : null,
      leveragedFunding: closed ? next(40) * 50_000 : null,
    };
    rows.push(FIELD_ORDER.map((field) => byField[field] ?? null));
  }
  return rows;
}

const AMOUNT_FIELDS: ProjectField[] = ['granted', 'paidAtApproval', 'paidAtCompletion', 'leveragedFunding'];

/** Writes the rows on a sheet `Prosjekter`, amounts formatted `#,##0`. */
export async function writeBenchWorkbook(file: string, count: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Prosjekter');
  sheet.columns = FIELD_ORDER.map((field) => ({
    key: field,
    width: field === 'name' ? 40 : 16,
    style: AMOUNT_FIELDS.includes(field) ? { numFmt: '#,##0' } : {},
  }));
  for (const row of benchRows(count)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

if (require.main === module) {
  const [rows, file] = process.argv.slice(2);
  if (!rows || !file) {
    console.error('bruk / usage: npx tsx bench/workbook.ts <rader/rows> <fil.xlsx>');
    process.exit(2);
  }
  writeBenchWorkbook(file, Number(rows)).then(
    () => console.log(`${file}: ${rows} rader / rows`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
