/**
 * A sheet's rows read in runs (src/xlsx/read/rows.ts and readSheet): what a run is, what happens when one is
 * not whole rows, and what the reader keeps of a grid's formats. The property test in reader.property.test.ts
 * reads any small workbook both ways; these are the cases it does not make.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Grid } from '../../src/core/types';
import type { ReaderPlatform } from '../../src/xlsx/read/book';
import { Kind, kindOf, type RowRecords } from '../../src/xlsx/read/records';
import { parseRows } from '../../src/xlsx/read/rows';
import { ROWS, splitChunk, SplitFailed, STRINGS } from '../../src/xlsx/read/runs';
import { XlsxWorkbookPort } from '../../src/xlsx/xlsxPort';
import { appendRows, minimalWorkbook, patch, workbookBytes } from './hostile';
import { chunkedInflate, inOnePiece, ONE_PIECE, runsCut } from './split';

const SHEET1 = 'xl/worksheets/sheet1.xml';

const run = (xml: string) => parseRows(strToU8(xml));

function cells(records: RowRecords): [number, number, Kind][] {
  return Array.from({ length: records.count }, (_, i) => [
    records.ints[i * 4],
    records.ints[i * 4 + 1],
    kindOf(records, i),
  ]);
}

async function projectsGrid(bytes: Uint8Array, platform?: ReaderPlatform): Promise<Grid | undefined> {
  const port = await XlsxWorkbookPort.openForReading(bytes, { platform });
  return (await port.readForOperation({ sheets: true })).projects?.grid;
}

describe('a run of rows', () => {
  it('is whole rows, in any namespace prefix, read to records of the cells with something in them', () => {
    const records = run(
      '<x:row r="4"><x:c r="A4" t="s"><x:v>3</x:v></x:c><x:c r="B4"/><x:c r="C4"><x:v>12.5</x:v></x:c></x:row>\n' +
        '<x:row><x:c t="inlineStr"><x:is><x:t>Eina</x:t><x:rPh><x:t>えいな</x:t></x:rPh></x:is></x:c></x:row>',
    );
    expect(cells(records)).toEqual([
      [4, 1, Kind.SHARED],
      [4, 3, Kind.NUMBER],
      // The row after row 4 without its number: its place is worked out when it is put (see the flag).
      [5, 1, Kind.TEXT],
    ]);
    expect([...records.numbers]).toEqual([3, 12.5, 0]);
    expect(records.texts).toEqual(['Eina']);
    expect(records.lastRow).toBe(5);
  });

  it('counts rows on from the run before when it starts with a row without its number', () => {
    const records = run('<row><c><v>1</v></c></row><row/><row><c><v>2</v></c></row>');
    expect([records.ints[0], records.ints[4], records.lastRow, records.lastRowRelative]).toEqual([
      1,
      3,
      3,
      true,
    ]);
  });

  it.each([
    ['text between rows', '<row r="1"/>hei<row r="2"/>'],
    ['another element', '<row r="1"/></sheetData><mergeCells/>'],
    ['a comment', '<row r="1"/><!-- </row> --><row r="2"/>'],
    ['CDATA', '<row r="1"><c t="str"><v><![CDATA[</row>]]></v></c></row>'],
    ['a processing instruction', '<row r="1"/><?pi </row>?>'],
    ['a row that does not close', '<row r="1"><c><v>1</v></c>'],
    ['a cell reference that is none', '<row r="1"><c r="1A"><v>1</v></c></row>'],
  ])('is not whole rows with %s: SplitFailed, and the sheet is read in one piece', (_, xml) => {
    expect(() => run(xml)).toThrow(SplitFailed);
  });
});

describe('a chunk split into runs', () => {
  /** Splits `xml` as one chunk; the doc parser is "inside" once it has been written `<sheetData>`. */
  function split(xml: string, opens = '<sheetData>') {
    const order: string[] = [];
    let written = '';
    splitChunk(
      strToU8(xml),
      ROWS,
      () => written.includes(opens) && !written.includes('</sheetData>'),
      (bytes) => {
        written += strFromU8(bytes);
        order.push(`write ${strFromU8(bytes)}`);
      },
      (bytes) => order.push(`run ${strFromU8(bytes)}`),
    );
    return order.filter((step) => step !== 'write ');
  }

  it('cuts the chunk where the sheet data starts too, after its start tag', () => {
    expect(split('<worksheet><sheetData><row r="1"></row><row r="2"></row><row r="3"></row>')).toEqual([
      'write <worksheet><sheetData>',
      'write <row r="1"></row>',
      'run <row r="2"></row><row r="3"></row>',
    ]);
    expect(
      split('<x:sheetData><row r="1"></row><row r="2"></row><row r="3"></row>', '<x:sheetData>'),
    ).toEqual(['write <x:sheetData>', 'write <row r="1"></row>', 'run <row r="2"></row><row r="3"></row>']);
  });

  it(`never cuts a chunk of ${ONE_PIECE} bytes (what the tests read "in one piece" with)`, () => {
    const xml = strToU8('<sheetData><row r="1"></row><row></row><x:row/></sheetData><si></si><si></si><si/>');
    for (const of of [ROWS, STRINGS]) {
      for (let at = 0; at < xml.length; at++) {
        const run = jest.fn();
        splitChunk(
          xml.subarray(at, at + ONE_PIECE),
          of,
          () => true,
          () => undefined,
          run,
        );
        expect(run).not.toHaveBeenCalled();
      }
    }
  });

  it('cuts nothing where the start tag of the sheet data was not one', () => {
    // A comment holding the tag: the doc parser is not inside, so the chunk goes to it whole.
    const comment = '<!-- <sheetData> --><row r="1"></row><row r="2"></row><row r="3"></row>';
    expect(split(comment, '<sheetData> -->')).toEqual([
      'write <!-- <sheetData>',
      'write  --><row r="1"></row><row r="2"></row><row r="3"></row>',
    ]);
  });
});

describe('a sheet read in runs', () => {
  /** The sample's 28 projects, and 400 rows more so the sheet is cut into many runs. */
  async function bigSample(more: (row: number) => string = () => ''): Promise<Uint8Array> {
    const rows = Array.from(
      { length: 400 },
      (_, i) =>
        `<row r="${40 + i}"><c r="A${40 + i}" t="inlineStr"><is><t>Notat ${i}</t></is></c>${more(40 + i)}</row>`,
    ).join('');
    return patch(await workbookBytes(), { [SHEET1]: appendRows(rows) });
  }

  it('reads the grid the sheet read in one piece gives', async () => {
    const bytes = await bigSample((row) => `<c r="B${row}"><f>A${row}&amp;"!"</f><v>${row}</v></c>`);
    let inRuns: Grid | undefined;
    const runs = await runsCut(async () => {
      inRuns = await projectsGrid(bytes, { inflate: chunkedInflate([700, 1300], true) });
    });
    expect(runs).toBeGreaterThan(10);
    let whole: Grid | undefined;
    expect(
      await runsCut(async () => {
        whole = await projectsGrid(bytes, { inflate: inOnePiece() });
      }),
    ).toBe(0);
    expect(inRuns).toEqual(whole);
    expect(inRuns?.values[400]?.[0]).toBe('Notat 361');
  });

  it('reads the sheet again in one piece when a row-named element after the sheet data ends up in a run', async () => {
    // `</x:row>` after `</sheetData>` (schema-invalid, but XML): the last run of that chunk reaches past the
    // sheet data, is not whole rows, and the sheet is read again in one piece.
    const bytes = patch(await bigSample(), {
      [SHEET1]: (xml) => xml.replace('</sheetData>', '</sheetData><x:row xmlns:x="urn:x">a</x:row>'),
    });
    let inRuns: Grid | undefined;
    await runsCut(async () => {
      inRuns = await projectsGrid(bytes, { inflate: chunkedInflate([900], false) });
    });
    expect(inRuns).toEqual(await projectsGrid(bytes, { inflate: inOnePiece() }));
    expect(inRuns?.values[400]?.[0]).toBe('Notat 361');
  });

  it('reads the sheet again in one piece when a comment in its rows turns up after the cutting began', async () => {
    const bytes = await bigSample((row) => (row === 300 ? '<!-- </row> -->' : ''));
    let inRuns: Grid | undefined;
    const runs = await runsCut(async () => {
      inRuns = await projectsGrid(bytes, { inflate: chunkedInflate([900], false) });
    });
    expect(runs).toBeGreaterThan(3);
    expect(inRuns).toEqual(await projectsGrid(bytes, { inflate: inOnePiece() }));
  });

  it("is damaged when a run starts with a row without its number after the sheet's last row", async () => {
    const last = '<row r="1048576"><c r="A1048576"><v>1</v></c></row>';
    const bytes = await bigSample((row) => (row === 300 ? `</row>${last}<row><c r="A1"><v>2</v></c>` : ''));
    const xml = strFromU8(unzipSync(bytes)[SHEET1] as Uint8Array);
    // The first chunk ends inside row 1048576, so the second's first run starts with the row after it.
    const sizes = [strToU8(xml.slice(0, xml.indexOf(last) + 5)).length, 2000];
    const runs = await runsCut(() =>
      expect(projectsGrid(bytes, { inflate: chunkedInflate(sizes, true) })).rejects.toMatchObject({
        code: 'damaged',
      }),
    );
    expect(runs).toBeGreaterThan(0);
    await expect(projectsGrid(bytes, { inflate: inOnePiece() })).rejects.toMatchObject({ code: 'damaged' });
  });
});

describe('the reader', () => {
  it('counts a part read twice (described for a write, then read) once against totalBytes', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const bytes = minimalWorkbook({ data: strToU8(xml) });
    // Room for the sheet and the small parts once, not for the sheet twice.
    const port = await XlsxWorkbookPort.openForReading(bytes, { limits: { totalBytes: xml.length + 4096 } });
    expect(await port.getSelectedAddress()).toBe("'Ark1'!A1");
    const grid = await port.readRange('Ark1!A1:A2000');
    expect(grid.values[1999]).toEqual([1999]);
  });

  it('counts parts read at the same time (the sheet and its shared strings) together against totalBytes', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`Prosjekt nummer ${i} med et langt navn`, i]);
    const bytes = await workbookBytes(() => undefined, [['Navn', 'Beløp'], ...rows]);
    const parts = unzipSync(bytes);
    const total = Object.values(parts).reduce((sum, part) => sum + part.length, 0);
    const strings = parts['xl/sharedStrings.xml']?.length ?? 0;
    const sheet = parts['xl/worksheets/sheet1.xml']?.length ?? 0;
    expect([strings, sheet].every((size) => size > 100_000)).toBe(true);
    const read = async (totalBytes: number) =>
      (await XlsxWorkbookPort.openForReading(bytes, { limits: { totalBytes } })).readRange(
        'Prosjekter!A1:B10',
      );
    // Either part fits alone; the two do not.
    await expect(read(strings + sheet - 1)).rejects.toMatchObject({ code: 'read-limit' });
    expect((await read(total)).values[1]).toEqual(['Prosjekt nummer 0 med et langt navn', 0]);
  });

  it('gives rows of a grid whose formats are alike one array, and a row of General the General one', async () => {
    const bytes = await workbookBytes((_, sheet) => {
      for (let row = 2; row <= 29; row++) sheet.getCell(row, 8).numFmt = '#,##0';
    });
    const port = await XlsxWorkbookPort.openForReading(bytes);
    const formats = (await port.readProjects())?.grid.numberFormats ?? [];
    expect(formats[1]?.[7]).toBe('#,##0');
    expect(formats[2]).toBe(formats[1]);
    expect(formats[28]).toBe(formats[1]);
    expect(formats[0]?.every((format) => format === 'General')).toBe(true);
  });
});
