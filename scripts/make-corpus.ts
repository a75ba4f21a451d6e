/**
 * A corpus of bad inputs for `omstilling sjekk`: what people really put in a project table (text numbers,
 * error cells, formulas, dates, merged headers, typos …) and files that are no workbook at all. Each case
 * says what the CLI must answer: a finding at a cell, or exit code 2 with a reason. The tests run it.
 *
 *   npx tsx scripts/make-corpus.ts [folder]        (default: .tmp/corpus)
 *
 * Workbooks are written with ExcelJS directly: they are test data, made the way Excel would save them.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { defaultPlan, planToTables } from '../src/core/plan';
import { CANONICAL_HEADERS, FIELD_ORDER } from '../src/core/projects';
import { sampleProjectsGrid } from '../src/core/sample';
import type { CellValue } from '../src/core/types';

/** A cell as the corpus writes it: a plain value, a formula, a date, or an Excel error. */
export type CorpusCell = CellValue | Date | { formula: string; result?: number };

export interface Expected {
  exit: 0 | 1 | 2;
  /** For exit 2: the reason's code (--json gives {"error":{"code"}}). */
  code?: string;
  /** Findings that must be there: rule, and where given the cell on sheet `sheet` (default Prosjekter). */
  findings?: { rule: string; cell?: string; sheet?: string; text?: RegExp }[];
  /** Rules that must NOT fire (the input is odd but readable). */
  absent?: { rule: string; cell?: string }[];
}

export interface CorpusCase {
  file: string;
  /** What is wrong with it, in bokmål. */
  what: string;
  expect: Expected;
  /** Big: the tests give it more time. */
  large?: boolean;
  write(file: string): Promise<void>;
}

/** The 28 sample projects (header row first), as a fresh copy to spoil. */
export function sampleValues(): CorpusCell[][] {
  return sampleProjectsGrid().values.map((row) => [...row]);
}

const COLUMN = Object.fromEntries(FIELD_ORDER.map((field, i) => [field, i])) as Record<
  (typeof FIELD_ORDER)[number],
  number
>;

function toExcel(cell: CorpusCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (cell instanceof Date) return cell;
  if (typeof cell === 'object' && 'error' in cell) return { error: cell.error } as ExcelJS.CellErrorValue;
  if (typeof cell === 'object' && 'formula' in cell) {
    return cell.result === undefined
      ? ({ formula: cell.formula } as ExcelJS.CellFormulaValue)
      : ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue);
  }
  return cell;
}

interface SheetSpec {
  name: string;
  rows: CorpusCell[][];
  /** 1-based row of rows[0] (default 1). */
  top?: number;
  /** Write the rows as an Excel table with this name (first row = headers). */
  table?: string;
  merges?: string[];
  /** Number format per cell address, e.g. { G2: 'dd.mm.yyyy' }. */
  formats?: Record<string, string>;
}

async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    const top = spec.top ?? 1;
    if (spec.table) {
      const [headers, ...rows] = spec.rows;
      sheet.addTable({
        name: spec.table,
        ref: `A${top}`,
        headerRow: true,
        columns: headers.map((h) => ({ name: String(h ?? ''), filterButton: true })),
        rows: rows.map((row) => headers.map((_, c) => toExcel(row[c] ?? null))),
      });
    } else {
      spec.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell !== null) sheet.getCell(top + r, c + 1).value = toExcel(cell);
        });
      });
    }
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const [address, format] of Object.entries(spec.formats ?? {})) sheet.getCell(address).numFmt = format;
  }
  await workbook.xlsx.writeFile(file);
}

/** The sample table on a sheet `Prosjekter`, spoilt by `spoil`. */
function projects(spoil: (values: CorpusCell[][]) => void = () => undefined, extra: Partial<SheetSpec> = {}) {
  return (file: string) => {
    const rows = sampleValues();
    spoil(rows);
    return writeWorkbook(file, [{ name: 'Prosjekter', rows, ...extra }]);
  };
}

/** Sets one cell of the sample: row 2 is the first project (2011-01, 440 000 kr, Aktiv). */
const set = (address: string, value: CorpusCell) => (values: CorpusCell[][]) => {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  values[Number(match[2]) - 1][match[1].charCodeAt(0) - 65] = value;
};

/** n project rows like the sample's (ids made unique), for the large cases and the benchmark. */
export function manyProjectRows(n: number): CellValue[][] {
  const [, ...sample] = sampleProjectsGrid().values;
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const row = [...sample[i % sample.length]];
    row[COLUMN.id] = `${row[COLUMN.id]}-${Math.floor(i / sample.length) + 1}`;
    rows.push(row);
  }
  return rows;
}

/** A big project table written with ExcelJS's streaming writer (what a real export looks like). */
export async function writeLargeWorkbook(file: string, rowCount: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Prosjekter');
  sheet.addRow(FIELD_ORDER.map((field) => CANONICAL_HEADERS[field])).commit();
  for (const row of manyProjectRows(rowCount)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

/** Part of the plan's 2011 summary table on its own sheet, in the seed's layout (sums right). */
function summarySheetRows(): CorpusCell[][] {
  return [
    ['', '', '', 'Nyskaping i næringslivet', 'Velferdsinnovasjon', 'Sentrum', 'Fritid', 'Andre', 'Sum'],
    [2011, 'Forstudie', 'Antall bevilget', 3, 1, 1, 2, 1, 8],
    ['', '', 'Bevilget beløp', 640_000, 300_000, 150_000, 250_000, 70_000, 1_410_000],
  ];
}

/** A zip file with one entry (stored as deflate): a real zip, but no workbook in it. */
function zipWith(name: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  const packed = deflateRawSync(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const bytes = (content: Buffer | string) => (file: string) => fs.writeFile(file, content);

/**
 * An OLE compound file (the container of .xls and of password-protected .xlsx): the CFB signature, a header
 * and a directory naming `streams`. It is a container stub, not a full file Excel would open — enough for
 * what the CLI decides from (signature + the EncryptionInfo stream name), and said so here honestly.
 */
function compoundFileStub(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].forEach((name, i) => {
    const entry = Buffer.from(`${name}\u0000`, 'utf16le');
    entry.copy(directory, i * 128);
    directory.writeUInt16LE(entry.length, i * 128 + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, i * 128 + 66);
  });
  return Buffer.concat([header, directory, Buffer.alloc(1024, 0x5a)]);
}

const MISSING = null;

export const CORPUS: CorpusCase[] = [
  {
    file: 'tekst-tall-nbsp.xlsx',
    what: 'Bevilget skrevet som tekst med hardt mellomrom («440 000»)',
    write: projects(set('H2', '440\u00a0000')),
    expect: { exit: 0, findings: [{ rule: 'number-as-text', cell: 'H2' }] },
  },
  {
    file: 'tekst-tall-smalt-mellomrom.xlsx',
    what: 'Bevilget som tekst med smalt hardt mellomrom (U+202F)',
    write: projects(set('H3', '120\u202f000')),
    expect: { exit: 0, findings: [{ rule: 'number-as-text', cell: 'H3' }] },
  },
  {
    file: 'tekst-tall-kr.xlsx',
    what: 'Bevilget som «440 000 kr»',
    write: projects(set('H2', '440 000 kr')),
    expect: { exit: 0, findings: [{ rule: 'number-as-text', cell: 'H2' }] },
  },
  {
    file: 'tekst-tall-kr-foran.xlsx',
    what: 'Utbetalt som «kr 220 000,-»',
    write: projects(set('I2', 'kr 220 000,-')),
    expect: { exit: 0, findings: [{ rule: 'number-as-text', cell: 'I2' }] },
  },
  {
    file: 'tekst-tall-punktum.xlsx',
    what: 'Bevilget som «440.000» (punktum som tusenskille)',
    write: projects(set('H2', '440.000')),
    expect: { exit: 0, findings: [{ rule: 'number-as-text', cell: 'H2' }] },
  },
  {
    file: 'tekst-tall-mill.xlsx',
    what: 'Bevilget som «0,44 mill»',
    write: projects(set('H2', '0,44 mill')),
    expect: { exit: 0, findings: [{ rule: 'number-as-text', cell: 'H2' }] },
  },
  {
    file: 'tekst-som-ikke-er-tall.xlsx',
    what: 'Bevilget som «fire hundre tusen»',
    write: projects(set('H2', 'fire hundre tusen')),
    expect: { exit: 1, findings: [{ rule: 'invalid-number', cell: 'H2' }] },
  },
  {
    file: 'negativt-belop.xlsx',
    what: 'Negativt beløp (−440 000) i Bevilget',
    write: projects(set('H2', -440_000)),
    expect: { exit: 1, findings: [{ rule: 'invalid-number', cell: 'H2', text: /negativ/ }] },
  },
  {
    file: 'negativt-belop-parentes.xlsx',
    what: 'Negativt beløp skrevet som regnskapstekst «(220 000)» i Utbetalt',
    write: projects(set('I2', '(220 000)')),
    expect: { exit: 1, findings: [{ rule: 'invalid-number', cell: 'I2', text: /negativ/ }] },
  },
  {
    file: 'ref-feil.xlsx',
    what: '#REF! i Bevilget',
    write: projects(set('H2', { error: '#REF!' })),
    expect: { exit: 1, findings: [{ rule: 'invalid-number', cell: 'H2', text: /#REF!/ }] },
  },
  {
    file: 'div0-feil.xlsx',
    what: '#DIV/0! i Utbetalt ved godkjenning',
    write: projects(set('I3', { error: '#DIV/0!' })),
    expect: { exit: 1, findings: [{ rule: 'invalid-number', cell: 'I3', text: /#DIV\/0!/ }] },
  },
  {
    file: 'na-feil-i-aar.xlsx',
    what: '#N/A i År',
    write: projects(set('G2', { error: '#N/A' })),
    expect: { exit: 1, findings: [{ rule: 'invalid-number', cell: 'G2' }] },
  },
  {
    file: 'formler.xlsx',
    what: 'Bevilget og Utbetalt som formler med lagret resultat (=220000*2, =H2/2)',
    write: projects((v) => {
      set('H2', { formula: '220000*2', result: 440_000 })(v);
      set('I2', { formula: 'H2/2', result: 220_000 })(v);
    }),
    expect: { exit: 0, absent: [{ rule: 'invalid-number', cell: 'H2' }, { rule: 'required-field', cell: 'H2' }] },
  },
  {
    file: 'formel-uten-resultat.xlsx',
    what: 'Bevilget som formel uten lagret resultat (filen er aldri regnet ut i Excel)',
    write: projects(set('H2', { formula: 'SUM(I2:J2)*2' })),
    expect: { exit: 1, findings: [{ cell: 'H2', rule: 'required-field' }] },
  },
  {
    file: 'dato-i-aar.xlsx',
    what: 'År som dato (15.03.2011, datoformat): året leses',
    write: projects(set('G2', new Date(Date.UTC(2011, 2, 15))), { formats: { G2: 'dd.mm.yyyy' } }),
    expect: { exit: 0, absent: [{ rule: 'invalid-number', cell: 'G2' }, { rule: 'required-field', cell: 'G2' }] },
  },
  {
    file: 'dato-serienummer-i-aar.xlsx',
    what: 'År som datoens serienummer uten datoformat (40617)',
    write: projects(set('G2', 40_617)),
    expect: { exit: 1, findings: [{ rule: 'invalid-number', cell: 'G2' }] },
  },
  {
    file: 'tomme-rader-midt-i.xlsx',
    what: 'Tre tomme rader midt i tabellen',
    write: projects((v) => v.splice(12, 0, [], [MISSING], ['', '  '])),
    expect: { exit: 0, absent: [{ rule: 'required-field' }] },
  },
  {
    file: 'sammenslatte-overskrifter.xlsx',
    what: 'Overskriften «Bevilget» slått sammen over H1:I1, så «Utbetalt ved godkjenning» er borte',
    write: projects(set('I1', null), { merges: ['H1:I1'] }),
    // Excel shows I1 empty (a merge's value is in its first cell only), so column I has no header: read as
    // Excel shows it, that is unnamed-column at I1 — not «Bevilget» twice, as ExcelJS's loader would have it.
    expect: {
      exit: 0,
      findings: [{ rule: 'unnamed-column', cell: 'I1', text: /Utbetalt ved godkjenning/ }],
      absent: [{ rule: 'duplicate-header' }],
    },
  },
  {
    file: 'tolinjers-overskrift.xlsx',
    what: 'Overskrift over to rader med sammenslåtte celler (Utbetalt over I1:J1, undertekster i rad 2)',
    write: projects(
      (v) => {
        const sub: CorpusCell[] = v[0].map(() => null);
        sub[COLUMN.paidAtApproval] = 'ved godkjenning';
        sub[COLUMN.paidAtCompletion] = 'ved avslutning';
        v[0][COLUMN.paidAtApproval] = 'Utbetalt';
        v[0][COLUMN.paidAtCompletion] = null;
        v.splice(1, 0, sub);
      },
      { merges: ['I1:J1'] },
    ),
    // Row 2 is a second header line, not a project: it says the payment columns are not read.
    expect: {
      exit: 0,
      findings: [{ rule: 'two-line-header', cell: 'I2', text: /«Utbetalt ved godkjenning»/ }],
      absent: [{ rule: 'required-field' }],
    },
  },
  {
    file: 'mangler-kolonne.xlsx',
    what: 'Kolonnen Bevilget mangler',
    write: projects((v) => v.forEach((row) => row.splice(COLUMN.granted, 1))),
    expect: { exit: 1, findings: [{ rule: 'required-field', text: /Bevilget/ }] },
  },
  {
    file: 'dobbel-overskrift.xlsx',
    what: 'Overskriften Bevilget står to ganger (H og P)',
    write: projects((v) => v.forEach((row, r) => row.push(r === 0 ? 'Bevilget' : 1))),
    expect: { exit: 0, findings: [{ rule: 'duplicate-header', cell: 'P1' }] },
  },
  {
    file: 'overskrift-med-skrivefeil.xlsx',
    what: 'Overskriften «Bevilgt» (skrivefeil), så Bevilget mangler',
    write: projects(set('H1', 'Bevilgt')),
    expect: {
      exit: 1,
      findings: [
        { rule: 'required-field', text: /Bevilget/ },
        { rule: 'unknown-header', cell: 'H1', text: /Bevilget/ },
      ],
    },
  },
  {
    file: 'omrade-nesten-riktig.xlsx',
    what: 'Innsatsområdet skrevet nesten riktig («Nyskapning i næringslivet»)',
    write: projects(set('E2', 'Nyskapning i næringslivet')),
    expect: { exit: 1, findings: [{ rule: 'unknown-area', cell: 'E2', text: /Nyskaping i næringslivet/ }] },
  },
  {
    file: 'kategori-skrivefeil.xlsx',
    what: 'Kategorien «Forprosjket»',
    write: projects(set('F11', 'Forprosjket')),
    expect: { exit: 1, findings: [{ rule: 'unknown-category', cell: 'F11', text: /Forprosjekt/ }] },
  },
  {
    file: 'status-skrivefeil.xlsx',
    what: 'Statusen «Avsluttt»',
    write: projects(set('K3', 'Avsluttt')),
    expect: { exit: 1, findings: [{ rule: 'unknown-status', cell: 'K3' }] },
  },
  {
    file: 'dobbelt-prosjektnr.xlsx',
    what: 'Samme prosjektnummer på to rader',
    write: projects(set('A3', '2011-01')),
    expect: { exit: 1, findings: [{ rule: 'duplicate-id', cell: 'A3' }] },
  },
  {
    file: 'utbetalt-over-bevilget.xlsx',
    what: 'Utbetalt ved godkjenning større enn bevilget',
    write: projects(set('I2', 999_999)),
    expect: { exit: 1, findings: [{ rule: 'paid-exceeds-granted' }] },
  },
  {
    file: 'aar-utenfor-planen.xlsx',
    what: 'Året 2025, utenfor planperioden',
    write: projects(set('G2', 2025)),
    expect: { exit: 0, findings: [{ rule: 'year-outside-plan', cell: 'G2' }] },
  },
  {
    file: 'sannhetsverdi-i-belop.xlsx',
    what: 'SANN (en sannhetsverdi) i Bevilget',
    write: projects(set('H2', true)),
    expect: { exit: 1, findings: [{ rule: 'invalid-number', cell: 'H2' }] },
  },
  {
    file: 'tittel-over-tabellen.xlsx',
    what: 'En tittelrad over overskriftene',
    write: projects((v) => v.unshift(['Prosjektoversikt 2011–2012'], [])),
    // The header row below the title is the one read: 28 projects, no false finding.
    expect: { exit: 0, absent: [{ rule: 'required-field' }, { rule: 'invalid-number' }, { rule: 'unknown-area' }] },
  },
  {
    file: 'engelske-overskrifter.xlsx',
    what: 'Overskrifter på engelsk (Project, Focus area, Category, Year, Granted …)',
    write: projects((v) => {
      v[0] = [
        'Project no',
        'Project',
        'Applicant',
        'Org no',
        'Focus area',
        'Category',
        'Year',
        'Granted',
        'Paid at approval',
        'Paid at completion',
        'Status',
        'New jobs',
        'Secured jobs',
        'New companies',
        'Leveraged funding',
      ];
    }),
    expect: { exit: 0, absent: [{ rule: 'required-field' }] },
  },
  {
    file: 'excel-tabell.xlsx',
    what: 'Prosjektene i en Excel-tabell «Prosjekter» på et ark med annet navn',
    write: (file) => writeWorkbook(file, [{ name: 'Ark1', rows: sampleValues(), table: 'Prosjekter', top: 3 }]),
    expect: { exit: 0, findings: [{ rule: 'zero-grant', sheet: 'Ark1', cell: 'H28' }] },
  },
  {
    file: 'sum-rad-nederst.xlsx',
    what: 'En Sum-rad under prosjektene',
    write: projects((v) => v.push(['Sum', null, null, null, null, null, null, 7_840_000])),
    // A total line, not a project: no required-field on it, and its (right) sum is checked without a finding.
    expect: { exit: 0, absent: [{ rule: 'required-field' }, { rule: 'sum-mismatch' }] },
  },
  {
    file: 'feil-sum-i-oversikt.xlsx',
    what: 'Et ark med oversikten der en Sum-celle er feil',
    write: (file) =>
      writeWorkbook(file, [
        { name: 'Prosjekter', rows: sampleValues() },
        {
          name: 'Oversikt',
          rows: summarySheetRows().map((row, r) => (r === 2 ? [...row.slice(0, 8), 1_400_000] : row)),
        },
      ]),
    expect: { exit: 1, findings: [{ rule: 'sum-mismatch', sheet: 'Oversikt', cell: 'I3' }] },
  },
  {
    file: 'plan-med-feil.xlsx',
    what: 'Arket Plan med en ulesbar celle i Finansiering',
    write: async (file) => {
      const workbook = new ExcelJS.Workbook();
      const plan = workbook.addWorksheet('Plan');
      let top = 1;
      for (const table of planToTables(defaultPlan)) {
        const rows = table.rows.map((row) => row.map((cell) => toExcel(cell)));
        if (table.name === 'Finansiering') rows[0][2] = 'mye penger';
        plan.getCell(top, 1).value = table.title;
        plan.addTable({
          name: table.name,
          ref: `A${top + 1}`,
          headerRow: true,
          columns: table.headers.map((name) => ({ name })),
          rows,
        });
        top += rows.length + 4;
      }
      const sheet = workbook.addWorksheet('Prosjekter');
      sampleValues().forEach((row) => sheet.addRow(row.map(toExcel)));
      await workbook.xlsx.writeFile(file);
    },
    expect: { exit: 0, findings: [{ rule: 'plan-table', sheet: 'Plan', text: /Finansiering/ }] },
  },
  {
    file: 'bare-overskrifter.xlsx',
    what: 'Prosjekttabellen har overskrifter, men ingen rader',
    write: projects((v) => v.splice(1)),
    expect: { exit: 0 },
  },
  {
    file: 'lang-tekst.xlsx',
    what: 'Et prosjektnavn på 32 767 tegn (det meste en celle kan holde)',
    write: projects(set('B2', 'x'.repeat(32_767))),
    expect: { exit: 0, absent: [{ rule: 'required-field', cell: 'B2' }] },
  },
  {
    file: 'uten-prosjekttabell.xlsx',
    what: 'En arbeidsbok uten tabell eller ark som heter Prosjekter',
    write: (file) => writeWorkbook(file, [{ name: 'Ark1', rows: [['Hei']] }]),
    expect: { exit: 2, code: 'no-project-table' },
  },
  {
    file: 'tomt-prosjektark.xlsx',
    what: 'Arket Prosjekter er tomt',
    write: (file) => writeWorkbook(file, [{ name: 'Prosjekter', rows: [] }]),
    expect: { exit: 2, code: 'no-project-table' },
  },
  {
    file: 'ikke-xlsx.xlsx',
    what: 'Et bilde (PNG) med navnet .xlsx',
    write: bytes(Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200, 7)])),
    expect: { exit: 2, code: 'not-xlsx' },
  },
  {
    file: 'csv-med-xlsx-navn.xlsx',
    what: 'En CSV-fil med navnet .xlsx',
    write: bytes('Prosjekt;Innsatsområde;Kategori;År;Bevilget\nSensorer;Nyskaping;Forstudie;2013;100000\n'),
    expect: { exit: 2, code: 'not-xlsx' },
  },
  {
    file: 'tom-fil.xlsx',
    what: 'En tom fil (0 byte)',
    write: bytes(''),
    expect: { exit: 2, code: 'empty-file' },
  },
  {
    file: 'passordbeskyttet.xlsx',
    what: 'Passordbeskyttet arbeidsbok (OLE-beholder med EncryptionInfo; en stubb, se compoundFileStub)',
    write: bytes(compoundFileStub(['EncryptionInfo', 'EncryptedPackage'])),
    expect: { exit: 2, code: 'encrypted' },
  },
  {
    file: 'gammel-xls.xlsx',
    what: 'En .xls-fil (Excel 97–2003) med navnet .xlsx',
    write: bytes(compoundFileStub(['Workbook'])),
    expect: { exit: 2, code: 'old-xls' },
  },
  {
    file: 'zip-uten-arbeidsbok.xlsx',
    what: 'En zip-fil med bare en tekstfil i',
    write: bytes(zipWith('les-meg.txt', 'Dette er ingen arbeidsbok.')),
    expect: { exit: 2, code: 'corrupt-xlsx' },
  },
  {
    file: 'avkuttet.xlsx',
    what: 'En arbeidsbok der siste halvdel mangler (avbrutt kopiering)',
    write: async (file) => {
      await projects()(file);
      const whole = await fs.readFile(file);
      await fs.writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
    },
    expect: { exit: 2, code: 'corrupt-xlsx' },
  },
  {
    file: 'hundre-tusen-rader.xlsx',
    what: '100 000 prosjektrader',
    large: true,
    write: (file) => writeLargeWorkbook(file, 100_000),
    expect: { exit: 0, findings: [{ rule: 'zero-grant' }] },
  },
];

/** Writes every case (or those named) into `folder`; returns the cases with their file paths. */
export async function makeCorpus(
  folder: string,
  options: { only?: string[]; skipLarge?: boolean } = {},
): Promise<(CorpusCase & { path: string })[]> {
  await fs.mkdir(folder, { recursive: true });
  const cases = CORPUS.filter(
    (c) => (!options.only || options.only.includes(c.file)) && !(options.skipLarge && c.large),
  );
  const written = [];
  for (const c of cases) {
    const file = path.join(folder, c.file);
    await c.write(file);
    written.push({ ...c, path: file });
  }
  return written;
}

if (require.main === module) {
  const folder = process.argv[2] ?? path.join('.tmp', 'corpus');
  makeCorpus(folder).then(
    (cases) => {
      for (const c of cases) console.log(`${c.file.padEnd(36)} ${c.what}`);
      console.log(`\n${cases.length} filer i ${folder}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
