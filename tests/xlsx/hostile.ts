/**
 * Hostile and odd workbooks for the reader's tests, built in memory: the 28 sample projects written by
 * ExcelJS, then parts of the file patched as a hand-made or malicious file would have them, and a zip
 * writer for parts that must not pass through any library (a zip bomb, random XML).
 */
import ExcelJS from 'exceljs';
import { Deflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue } from '../../src/core/types';

type Cell = CellValue | Date | { formula: string; result?: number };

const toExcel = (cell: Cell): ExcelJS.CellValue =>
  cell !== null && typeof cell === 'object' && 'error' in cell
    ? ({ error: cell.error } as ExcelJS.CellErrorValue)
    : (cell as ExcelJS.CellValue);

/** The sample projects (header row first), a fresh copy. */
export function sampleRows(): Cell[][] {
  return sampleProjectsGrid().values.map((row) => [...row]);
}

/** A workbook with the sample on the sheet `Prosjekter` (as a plain list), changed by `build` before saving. */
export async function workbookBytes(
  build: (workbook: ExcelJS.Workbook, projects: ExcelJS.Worksheet) => void | Promise<void> = () => undefined,
  rows: Cell[][] = sampleRows(),
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Prosjekter');
  rows.forEach((row, r) =>
    row.forEach((cell, c) => cell !== null && (sheet.getCell(r + 1, c + 1).value = toExcel(cell))),
  );
  await build(workbook, sheet);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The file with some of its parts rewritten (`edits` by part name; the text of the part in, out). */
export function patch(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (!parts[name]) throw new Error(`no part ${name} in ${Object.keys(parts).join(', ')}`);
    parts[name] = strToU8(edit(strFromU8(parts[name])));
  }
  return zipSync(parts);
}

/** Rows added at the end of a sheet's data, e.g. `<row r="1048576"><c r="XFD1048576" …/></row>`. */
export const appendRows = (rowsXml: string) => (xml: string) =>
  xml.replace('</sheetData>', `${rowsXml}</sheetData>`);

/** Elements added right after the sheet's data (merges, validations), in the schema's order. */
export const afterSheetData = (elements: string) => (xml: string) =>
  xml.replace('</sheetData>', `</sheetData>${elements}`);

/** A text cell as a hand-made file writes it (inline, no shared string). */
export const textCell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

// ------------------------------------------------------------------ a zip written by hand

interface RawEntry {
  name: string;
  /** Stored (method 0) bytes, or deflated bytes with their size when inflated. */
  data: Uint8Array;
  deflated?: { size: number };
}

/**
 * A zip of `entries` as given (CRCs left 0: the reader does not check them, and neither would a hostile
 * writer compute them). Enough of APPNOTE for local headers, central directory and its end record.
 */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const method = entry.deflated ? 8 : 0;
    const size = entry.deflated ? entry.deflated.size : entry.data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, method, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, method, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, size, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * `text` repeated `times`, deflated, as a zip bomb is made: `text` is compressed once after a window already
 * full of it, ending on a byte boundary (a sync flush), and that block is repeated — each copy inflates to
 * `text` again. So a 1 MB file can inflate to a gigabyte while this never holds more than a few kilobytes.
 */
export function deflatedRepeat(
  head: string,
  text: string,
  times: number,
  tail: string,
): { data: Uint8Array; size: number } {
  const pieces: Uint8Array[] = [];
  let sink: Uint8Array[] = pieces;
  const deflate = new Deflate({ level: 9 }, (chunk) => sink.push(chunk));
  const block = strToU8(text);
  deflate.push(strToU8(head));
  deflate.push(block);
  deflate.flush(true);
  const repeated: Uint8Array[] = [];
  sink = repeated;
  deflate.push(block);
  deflate.flush(true);
  const end: Uint8Array[] = [];
  sink = end;
  deflate.push(strToU8(tail), true);
  const once = concat(repeated);
  const data = concat([...pieces, ...Array.from({ length: times - 1 }, () => once), ...end]);
  return { data, size: strToU8(head).length + block.length * times + strToU8(tail).length };
}

/** The smallest workbook that holds `sheetXml` as its one sheet `Ark1` (parts stored, or the sheet given deflated). */
export function minimalWorkbook(
  sheet: { data: Uint8Array; deflated?: { size: number } },
  extra: RawEntry[] = [],
): Uint8Array {
  const u8 = (text: string) => strToU8(text);
  return rawZip([
    {
      name: '_rels/.rels',
      data: u8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: u8(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: u8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
    ...extra,
  ]);
}
