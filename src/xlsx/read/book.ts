/**
 * A bounded reader for .xlsx files (the platform's inflater and saxes): what the port reads, and nothing more.
 * Opening reads the workbook's small parts — relationships, `workbook.xml` (sheets, defined names, the 1904
 * flag, the active tab), styles and the table parts; a sheet's cells are read the first time a read needs that
 * sheet, and the shared strings the first time a sheet needs them. Every step is bounded by `ReadLimits`.
 */
import { MAX_COLUMN, splitSheetAddress } from '../../core/cells';
import type { Grid } from '../../core/types';
import { parseRect, type Rect } from '../../port/addresses';
import { isOwnerName } from '../../port/names';
import { limitReached, withLimits, type ReadLimits } from './limits';
import { readSharedStrings } from './sharedStrings';
import { readSheet, type SheetCells, type SheetContext } from './sheet';
import { CellStyles, readStyles } from './styles';
import { attribute, readPart, unescapeXstring } from './xml';
import { ZipArchive, ZipFormatError, type Inflate } from './zip';

export { ZipFormatError, type Inflate };

/** What the platform lends the reader, when it has better than the standard: its inflater. */
export interface ReaderPlatform {
  /** Instead of the standard DecompressionStream (see zip.ts). */
  inflate?: Inflate;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  name: string;
  state: SheetState;
  /** The worksheet part; undefined for a chart sheet or dialog sheet (no cells). */
  part?: string;
}

export interface TableInfo {
  /** The name Excel shows (`displayName`). */
  name: string;
  sheet: SheetInfo;
  /** The whole table, header and totals rows included. */
  ref: Rect;
  /** 0 when the table has no header row (its column names are then only in the table part). */
  headerRows: number;
  /** Rows of totals at the bottom of `ref` (Excel's Total Row): never data. */
  totalsRows: number;
  columns: string[];
}

interface Relationship {
  type: string;
  target: string;
}

/** The relationship type's last segment: the same in transitional and strict OOXML. */
const typeOf = (type: string) => type.slice(type.lastIndexOf('/') + 1);

const directory = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);

/** `target` relative to the part that names it (OPC, ECMA-376 Part 2 §9.3): '../tables/table1.xml' etc. */
function resolve(from: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : directory(from) + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

const relsOf = (part: string) => `${directory(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

const same = (a: string, b: string) => a.toLocaleLowerCase('nb') === b.toLocaleLowerCase('nb');

async function relationshipsById(
  zip: ZipArchive,
  part: string,
  limits: ReadLimits,
): Promise<Map<string, Relationship>> {
  const found = new Map<string, Relationship>();
  await readPart(zip, relsOf(part), {
    open: (tag, attributes) => {
      if (tag !== 'Relationship' || attributes.TargetMode === 'External') return;
      if (found.size >= limits.workbookItems) throw limitReached(limits, 'workbookItems', 'names');
      found.set(attributes.Id ?? '', {
        type: attributes.Type ?? '',
        target: resolve(part, attributes.Target ?? ''),
      });
    },
  });
  return found;
}

async function relationships(zip: ZipArchive, part: string, limits: ReadLimits): Promise<Relationship[]> {
  return [...(await relationshipsById(zip, part, limits)).values()];
}

/** `workbook.xml` and what it points to: sheets, defined names, the 1904 flag, the active tab, styles, tables. */
async function readWorkbookParts(zip: ZipArchive, limits: ReadLimits): Promise<WorkbookParts> {
  const root = await relationships(zip, '', limits);
  const workbookPart = root.find((r) => typeOf(r.type) === 'officeDocument')?.target;
  if (!workbookPart || !zip.has(workbookPart)) throw new ZipFormatError('no workbook part');
  const links = await relationshipsById(zip, workbookPart, limits);
  const related = (type: string) => [...links.values()].find((r) => typeOf(r.type) === type)?.target;

  const sheets: SheetInfo[] = [];
  const names: { name: string; text: string }[] = [];
  let date1904 = false;
  let activeTab = 0;
  let viewSeen = false;
  let name: { name: string; text: string } | null = null;
  await readPart(zip, workbookPart, {
    open(tag, attributes) {
      if (tag === 'workbookPr') {
        const flag = attributes.date1904;
        date1904 = flag === '1' || flag === 'true';
      } else if (tag === 'workbookView' && !viewSeen) {
        viewSeen = true;
        activeTab = Number(attributes.activeTab ?? 0) || 0;
      } else if (tag === 'sheet') {
        if (sheets.length >= limits.workbookItems) throw limitReached(limits, 'workbookItems', 'sheets');
        const rel = links.get(attribute(attributes, 'id') ?? '');
        const state =
          attributes.state === 'hidden' || attributes.state === 'veryHidden' ? attributes.state : 'visible';
        sheets.push({
          name: unescapeXstring(attributes.name ?? ''),
          state,
          part: rel && typeOf(rel.type) === 'worksheet' ? rel.target : undefined,
        });
      } else if (tag === 'definedName') {
        if (names.length >= limits.workbookItems) throw limitReached(limits, 'workbookItems', 'names');
        name = { name: attributes.name ?? '', text: '' };
      }
    },
    text(text) {
      if (name) name.text += text;
    },
    close(tag) {
      if (tag === 'definedName' && name) {
        names.push(name);
        name = null;
      }
    },
  });
  if (!sheets.some((s) => s.part)) throw new ZipFormatError('no worksheet');
  return {
    sheets,
    definedNames: names,
    date1904,
    activeTab,
    styles: await readStyles(zip, related('styles'), limits),
    stringsPart: related('sharedStrings'),
    tables: await readTables(zip, sheets, limits),
  };
}

async function readTables(zip: ZipArchive, sheets: SheetInfo[], limits: ReadLimits): Promise<TableInfo[]> {
  const tables: TableInfo[] = [];
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    for (const rel of await relationships(zip, sheet.part, limits)) {
      if (typeOf(rel.type) !== 'table') continue;
      if (tables.length >= limits.workbookItems) throw limitReached(limits, 'workbookItems', 'tables');
      const table = await readTable(zip, rel.target, sheet);
      if (table) tables.push(table);
    }
  }
  return tables;
}

async function readTable(zip: ZipArchive, part: string, sheet: SheetInfo): Promise<TableInfo | undefined> {
  let table: TableInfo | undefined;
  await readPart(zip, part, {
    open: (tag, attributes) => {
      if (tag === 'table') {
        const ref = parseRect(attributes.ref ?? '');
        if (!ref) return;
        table = {
          name: unescapeXstring(attributes.displayName ?? attributes.name ?? ''),
          sheet,
          ref,
          headerRows: Math.min(1, Number(attributes.headerRowCount ?? 1) || 0),
          totalsRows: Math.min(1, Number(attributes.totalsRowCount ?? 0) || 0),
          columns: [],
        };
      } else if (tag === 'tableColumn' && table && table.columns.length < MAX_COLUMN) {
        table.columns.push(unescapeXstring(attributes.name ?? ''));
      }
    },
  });
  return table;
}

/** What opening a workbook reads: its small parts. */
interface WorkbookParts {
  date1904: boolean;
  sheets: SheetInfo[];
  definedNames: { name: string; text: string }[];
  tables: TableInfo[];
  activeTab: number;
  styles: CellStyles;
  stringsPart?: string;
}

export class XlsxReader {
  readonly date1904: boolean;
  readonly sheets: SheetInfo[];
  readonly definedNames: { name: string; text: string }[];
  readonly tables: TableInfo[];
  private readonly activeTab: number;
  private readonly styles: CellStyles;
  private readonly context: SheetContext;
  private readonly parsed = new Map<SheetInfo, Promise<SheetCells>>();
  private readonly described = new Map<SheetInfo, Promise<SheetCells>>();
  private sharedStrings?: Promise<string[]>;
  private readonly stringsPart?: string;

  private constructor(
    private readonly zip: ZipArchive,
    readonly limits: ReadLimits,
    parts: WorkbookParts,
  ) {
    this.sheets = parts.sheets;
    this.definedNames = parts.definedNames;
    this.date1904 = parts.date1904;
    this.activeTab = parts.activeTab;
    this.styles = parts.styles;
    this.stringsPart = parts.stringsPart;
    this.tables = parts.tables;
    this.context = {
      zip,
      limits,
      strings: () => this.strings(),
      budget: { cells: 0 },
      date1904: parts.date1904,
    };
  }

  /**
   * Opens the container and reads the workbook's small parts; a file that is no workbook throws ZipFormatError.
   */
  static async open(
    bytes: Uint8Array,
    limits: Partial<ReadLimits> = {},
    platform: ReaderPlatform = {},
  ): Promise<XlsxReader> {
    const bounded = withLimits(limits);
    if (bytes.length > bounded.fileBytes) throw limitReached(bounded, 'fileBytes');
    const zip = new ZipArchive(bytes, bounded, platform.inflate);
    return new XlsxReader(zip, bounded, await readWorkbookParts(zip, bounded));
  }

  private async strings(): Promise<string[]> {
    this.sharedStrings ??= readSharedStrings(this.zip, this.stringsPart, this.limits);
    return this.sharedStrings;
  }

  // ------------------------------------------------------------------ what the port asks

  worksheets(): SheetInfo[] {
    return this.sheets.filter((s) => s.part);
  }

  /** A worksheet by name, as Excel finds it (case-insensitive). */
  sheet(name: string): SheetInfo | undefined {
    return this.sheets.find((s) => s.part && same(s.name, name));
  }

  table(name: string): TableInfo | undefined {
    return this.tables.find((t) => same(t.name, name));
  }

  /** The sheet the workbook opens on (the first worksheet when the active tab is not one). */
  activeSheet(): SheetInfo {
    const active = this.sheets[this.activeTab];
    return active?.part ? active : this.worksheets()[0];
  }

  /**
   * Sheets the add-in made: each has a workbook-scoped defined name `Omstilling_eier_…` that refers to its A1
   * (src/port/names.ts); a name that turned #REF! names no sheet.
   */
  ownedSheets(): string[] {
    const owned: string[] = [];
    for (const { name, text } of this.definedNames) {
      if (!isOwnerName(name)) continue;
      const { sheet } = splitSheetAddress(text.split(',')[0] ?? '');
      const found = sheet ? this.sheet(sheet) : undefined;
      if (found && !owned.includes(found.name)) owned.push(found.name);
    }
    return owned;
  }

  /** The sheet's cells (read on first use, then kept). */
  cells(sheet: SheetInfo): Promise<SheetCells> {
    let cells = this.parsed.get(sheet);
    if (!cells) {
      cells = readSheet(this.context, sheet.name, sheet.part as string);
      this.parsed.set(sheet, cells);
    }
    return cells;
  }

  /** What the sheet says about itself (protection, merges, validations), without keeping its cells. */
  describe(sheet: SheetInfo): Promise<SheetCells> {
    const known = this.parsed.get(sheet) ?? this.described.get(sheet);
    if (known) return known;
    const described = readSheet(this.context, sheet.name, sheet.part as string, false);
    this.described.set(sheet, described);
    return described;
  }

  /** `rect` of the sheet as a grid (bounded: see SheetCells.grid). */
  async grid(sheet: SheetInfo, rect: Rect, options: { formats: boolean; anchored: boolean }): Promise<Grid> {
    const grid = (await this.cells(sheet)).grid(rect, this.styles, this.limits, options);
    if (this.date1904) grid.date1904 = true;
    return grid;
  }

  async usedRect(sheet: SheetInfo): Promise<Rect | null> {
    return (await this.cells(sheet)).usedRect(this.limits);
  }

  /**
   * ExcelJS creates every cell of a merged range and of a data validation when it loads a file: a range over
   * the whole sheet would take minutes and gigabytes. Before a write hands the file to ExcelJS, this says no
   * (`excelJsExpandedCells`) when it would.
   */
  async checkSafeForExcelJs(): Promise<void> {
    for (const sheet of this.worksheets()) {
      if ((await this.describe(sheet)).expandedCells > this.limits.excelJsExpandedCells)
        throw limitReached(this.limits, 'excelJsExpandedCells', sheet.name);
    }
  }
}
