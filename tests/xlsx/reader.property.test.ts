/**
 * Whatever a small workbook holds — cells anywhere up to XFD1048576, merges and validations over any range,
 * tables with any ref, strings with control characters, broken XML, bytes flipped in the zip — the reader
 * either reads it, with every grid within its bound, or stops with one of our errors. Never anything else
 * (a TypeError, a RangeError from a huge array, a hang).
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { isOmstillingError } from '../../src/core/errors';
import type { Grid } from '../../src/core/types';
import type { ReaderPlatform } from '../../src/xlsx/read/book';
import { ZipFormatError } from '../../src/xlsx/read/zip';
import { XlsxWorkbookPort } from '../../src/xlsx/xlsxPort';
import { chunkedInflate, inOnePiece, runsCut } from './split';

const LIMITS = { cells: 20_000, gridCells: 200_000, partBytes: 2 * 2 ** 20, totalBytes: 4 * 2 ** 20 };
const OUR_CODES = new Set(['read-limit', 'damaged', 'not-found', 'invalid-address']);

/** Mostly near A1, now and then anywhere, sometimes at the very edge of the sheet. */
const near = (max: number, edge: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 1, max }), weight: 8 },
    { arbitrary: fc.integer({ min: 1, max: edge }), weight: 2 },
    { arbitrary: fc.constant(edge), weight: 1 },
  );
const column = near(30, 16_384);
const row = near(60, 1_048_576);

function letters(n: number): string {
  let out = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

const ref = fc.tuple(column, row).map(([c, r]) => `${letters(c)}${r}`);
const range = fc.tuple(ref, ref).map(([a, b]) => `${a}:${b}`);
// eslint-disable-next-line no-control-regex -- taking out what XML 1.0 cannot hold
const CANNOT_HOLD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlText = fc.string({ maxLength: 20 }).map((s) => s.replace(/[&<>"]/g, '').replace(CANNOT_HOLD, ''));
const escaped = fc.oneof(xmlText, fc.constantFrom('_x001B_]0;x_x0007_', 'Sum', 'I alt', '_x005F_x0041_'));

const cell = fc
  .record({
    ref: fc.option(ref, { nil: undefined }),
    type: fc.constantFrom('s', 'n', 'inlineStr', 'b', 'e', 'str', 'd', undefined),
    value: fc.oneof(
      fc.integer({ min: 0, max: 11 }).map(String),
      fc.integer({ min: -5, max: 50 }).map(String),
      fc.constantFrom('1e308', 'NaN', '', '2011-03-15', '2011-03-15T12:00:00', '#REF!', '1', 'x'),
      escaped,
    ),
    style: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    formula: fc.option(
      fc.oneof(
        fc.constantFrom('SUM(A1:A3)', 'SUBTOTAL(109,H2:H29)', 'A1+$B$2', '"A1"&C3'),
        fc.record({ si: fc.integer({ min: 0, max: 2 }), master: fc.boolean() }),
      ),
      { nil: undefined },
    ),
  })
  // A shared string's value is its index in the table (one past the end now and then: damaged).
  .chain((c) =>
    c.type === 's'
      ? fc
          .oneof(
            { arbitrary: fc.integer({ min: 0, max: 9 }), weight: 50 },
            { arbitrary: fc.constant(12), weight: 1 },
          )
          .map((i) => ({ ...c, value: String(i) }))
      : fc.constant(c),
  );

type CellSpec = typeof cell extends fc.Arbitrary<infer T> ? T : never;

function cellXml(c: CellSpec): string {
  const attrs = [
    c.ref ? `r="${c.ref}"` : '',
    c.type ? `t="${c.type}"` : '',
    c.style !== undefined ? `s="${c.style}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const formula =
    c.formula === undefined
      ? ''
      : typeof c.formula === 'string'
        ? `<f>${c.formula.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</f>`
        : c.formula.master
          ? `<f t="shared" si="${c.formula.si}" ref="A1:B9">A1*2</f>`
          : `<f t="shared" si="${c.formula.si}"/>`;
  const value =
    c.type === 'inlineStr' ? `<is><t>${c.value}</t><rPh><t>x</t></rPh></is>` : `<v>${c.value}</v>`;
  return `<c ${attrs}>${formula}${value}</c>`;
}

const sheet = fc.record({
  rows: fc.array(
    fc.record({ r: fc.option(row, { nil: undefined }), cells: fc.array(cell, { maxLength: 8 }) }),
    {
      maxLength: 12,
    },
  ),
  merges: fc.array(range, { maxLength: 3 }),
  validations: fc.array(range, { maxLength: 2 }),
  protectedSheet: fc.boolean(),
  activeCell: fc.option(ref, { nil: undefined }),
});

type SheetSpec = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(s: SheetSpec): string {
  const rows = s.rows
    .map((r) => `<row${r.r ? ` r="${r.r}"` : ''}>${r.cells.map(cellXml).join('')}</row>`)
    .join('');
  const view = s.activeCell
    ? `<sheetViews><sheetView><selection activeCell="${s.activeCell}"/></sheetView></sheetViews>`
    : '';
  const merges = s.merges.length
    ? `<mergeCells>${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const validations = s.validations.length
    ? `<dataValidations>${s.validations.map((v) => `<dataValidation sqref="${v}"/>`).join('')}</dataValidations>`
    : '';
  const protection = s.protectedSheet ? '<sheetProtection sheet="1"/>' : '';
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${view}<sheetData>${rows}</sheetData>${protection}${merges}${validations}</worksheet>`;
}

const workbook = fc.record({
  sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }),
  names: fc.array(fc.constantFrom('Prosjekter', 'Søknader', 'Plan', 'Oversikt', 'prosjekter'), {
    minLength: 3,
    maxLength: 3,
  }),
  strings: fc.array(escaped, { minLength: 10, maxLength: 12 }),
  date1904: fc.boolean(),
  table: fc.option(
    fc.record({
      ref: range,
      header: fc.constantFrom(0, 1, 2),
      totals: fc.constantFrom(0, 1, 3),
      sheet: fc.nat(2),
    }),
    { nil: undefined },
  ),
  /** Bytes to overwrite in the finished zip: [position as a fraction of its length, byte]. */
  damage: fc.oneof(
    { arbitrary: fc.constant([] as [number, number][]), weight: 4 },
    {
      arbitrary: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      weight: 1,
    },
  ),
  /** Where the file is cut short, in one case out of ten. */
  cut: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 9 },
    { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 1 },
  ),
});

type Spec = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (body: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const parts: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(rels(rel('rId1', 'officeDocument', 'xl/workbook.xml'))),
    'xl/workbook.xml': strToU8(
      `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${spec.sheets
        .map((_, i) => `<sheet name="${spec.names[i]}" sheetId="${i + 1}" r:id="rS${i}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      rels(
        spec.sheets.map((_, i) => rel(`rS${i}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('') +
          rel('rStr', 'sharedStrings', 'sharedStrings.xml') +
          rel('rSty', 'styles', 'styles.xml'),
      ),
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst ${ns}>${spec.strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    ),
    'xl/styles.xml': strToU8(
      `<styleSheet ${ns}><numFmts><numFmt numFmtId="164" formatCode="0 %"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="49"/><xf numFmtId="164"/><xf numFmtId="999"/></cellXfs></styleSheet>`,
    ),
  };
  spec.sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  if (spec.table && spec.table.sheet < spec.sheets.length) {
    const n = spec.table.sheet + 1;
    parts[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(
      rels(rel('rT', 'table', '../tables/table1.xml')),
    );
    parts['xl/tables/table1.xml'] = strToU8(
      `<table ${ns} id="1" name="Prosjekter" displayName="Prosjekter" ref="${spec.table.ref}" headerRowCount="${spec.table.header}" totalsRowCount="${spec.table.totals}"><tableColumns count="2"><tableColumn id="1" name="Prosjekt"/><tableColumn id="2" name="Bevilget"/></tableColumns></table>`,
    );
  }
  const bytes = zipSync(parts);
  for (const [at, byte] of spec.damage) bytes[Math.floor(at * (bytes.length - 1))] = byte;
  return spec.cut === undefined ? bytes : bytes.subarray(0, Math.floor(spec.cut * bytes.length));
}

const area = (grid: Grid) =>
  grid.values.length * grid.values.reduce((widest, r) => Math.max(widest, r.length), 0);

async function readEverything(from: Uint8Array | XlsxWorkbookPort): Promise<Grid[]> {
  const port =
    from instanceof XlsxWorkbookPort ? from : await XlsxWorkbookPort.openForReading(from, { limits: LIMITS });
  const read = await port.readForOperation({
    projects: true,
    applications: true,
    sheets: true,
    payments: true,
  });
  const grids = [read.projects?.grid, read.applications?.grid, ...read.sheets].filter((g): g is Grid => !!g);
  grids.push(await port.readRange('A1:XFD1048576'));
  for (const table of Object.values(read.planTables ?? {}))
    grids.push({ sheet: 'Plan', top: 1, left: 1, values: table });
  await port.getSelectedAddress();
  return grids;
}

describe('the reader on any small workbook', () => {
  it('reads it within its bounds or stops with one of our errors, never anything else', async () => {
    const outcomes = new Map<string, number>();
    const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(workbook, async (spec) => {
        const bytes = build(spec);
        try {
          const grids = await readEverything(bytes);
          for (const grid of grids) expect(area(grid)).toBeLessThanOrEqual(LIMITS.gridCells);
          count('read');
        } catch (error) {
          const ours =
            error instanceof ZipFormatError || (isOmstillingError(error) && OUR_CODES.has(error.code));
          if (!ours) throw error;
          count(error instanceof ZipFormatError ? 'no workbook' : (error as { code: string }).code);
        }
      }),
      {
        numRuns: 300,
        // Found by CI: a header-less table as wide as the sheet, whose column names make one row more.
        examples: [
          [
            {
              sheets: [
                { rows: [], merges: [], validations: [], protectedSheet: false, activeCell: undefined },
              ],
              names: ['Prosjekter', 'Prosjekter', 'Prosjekter'],
              strings: ['', '_x001B_]0;x_x0007_'],
              date1904: false,
              table: { ref: 'A24:XFD36', header: 0, totals: 1, sheet: 0 },
              damage: [],
              cut: undefined,
            },
          ],
        ],
      },
    );
    // The workbooks were read, not just refused: most read whole, and the limits and damage were met too.
    expect(outcomes.get('read')).toBeGreaterThan(100);
    expect([...outcomes.keys()]).toEqual(
      expect.arrayContaining(['read', 'read-limit', 'damaged', 'no workbook']),
    );
  });
});

async function outcome(bytes: Uint8Array, platform?: ReaderPlatform): Promise<unknown> {
  try {
    const port = await XlsxWorkbookPort.openForReading(bytes, { limits: LIMITS, platform });
    return await readEverything(port);
  } catch (error) {
    if (error instanceof ZipFormatError) return 'no workbook';
    if (isOmstillingError(error)) return error.code;
    throw error;
  }
}

describe('a sheet read in runs', () => {
  it('reads as the sheet read in one piece: the same cells, formulas and formats, or refuses it too', async () => {
    let split = 0;
    await fc.assert(
      fc.asyncProperty(
        workbook,
        fc.array(fc.integer({ min: 100, max: 1500 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (spec, sizes, ownBuffers) => {
          const bytes = build(spec);
          // The same inflater for both: inflaters differ in when they see damage (fflate stops at the last
          // block; DecompressionStream calls what follows it junk).
          let inRuns: unknown;
          const runs = await runsCut(async () => {
            inRuns = await outcome(bytes, { inflate: chunkedInflate(sizes, ownBuffers) });
          });
          const whole = await outcome(bytes, { inflate: inOnePiece() });
          // A file both damaged and over a limit may be refused for either, whichever is met first: a run's
          // rows are parsed before the rows that come after them in its chunk, but put in order.
          if (typeof whole === 'string') expect(typeof inRuns).toBe('string');
          else expect(inRuns).toEqual(whole);
          if (runs > 0) split++;
        },
      ),
      {
        numRuns: 200,
        examples: [
          // Found by this test: a row without `r` after row 1048576, in a run, whose cell says A1. In one piece
          // that row is 1048577, past the sheet's last: the file is damaged; the run must say so too.
          [
            {
              sheets: [
                {
                  rows: [
                    {
                      r: undefined,
                      cells: [
                        { ref: 'A1048576', type: 's', value: '0', style: undefined, formula: undefined },
                      ],
                    },
                    {
                      r: undefined,
                      cells: [{ ref: 'A1', type: 's', value: '0', style: undefined, formula: undefined }],
                    },
                  ],
                  merges: [],
                  validations: [],
                  protectedSheet: false,
                  activeCell: 'A1',
                },
              ],
              names: ['Prosjekter', 'Plan', 'Oversikt'],
              strings: ['x', 'y', 'z', 'a', 'b', 'c', 'd', 'e', 'f', 'g'],
              date1904: false,
              table: undefined,
              damage: [],
              cut: undefined,
            },
            [183],
            false,
          ],
        ],
      },
    );
    // Runs were cut, not just read in one piece.
    expect(split).toBeGreaterThan(30);
  });
});
