/**
 * LibreOffice Calc (headless) as a second spreadsheet engine for the tests: it opens .xlsx files we wrote
 * and shows them as a person would — CSV "as shown" (each cell's formatted text), PDF as printed, or the
 * file re-saved as .xlsx. LibreOffice is a test dependency only (.ci/run installs libreoffice-calc and
 * poppler-utils).
 *
 * Each conversion is one soffice run over many files with a private profile (`-env:UserInstallation`), so
 * runs never share state with each other or with a desktop, and runs with different profiles go side by side.
 * CSV filter options: https://help.libreoffice.org/latest/en-US/text/shared/guide/csv_params.html
 * (44 comma, 34 quote, 76 UTF-8, 1 from line 1, (no column formats), 1033 en-US, false quote-all,
 * true detect special numbers, token 9 true: save cell contents as shown, false formulas, false remove
 * spaces, -1 every sheet to its own file `<name>-<sheet>.csv`).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';

const run = promisify(execFile);

/** A loaded 2-core machine can take long to start soffice; the suite waits rather than flakes. */
const SOFFICE_TIMEOUT_MS = 180_000;

export const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1';
export const PDF = 'pdf';
export const XLSX = 'xlsx:Calc MS Excel 2007 XML';

export type Locale = 'en-US' | 'nb-NO';

/**
 * A private profile in `folder`: formulas in .xlsx files always recalculated on load (so the sums shown
 * are Calc's own, not the results we cached), and the locale cells are formatted in.
 */
function profile(folder: string, locale: Locale): string {
  mkdirSync(join(folder, 'user'), { recursive: true });
  const item = (node: string, prop: string, value: string) =>
    `<item oor:path="${node}"><prop oor:name="${prop}" oor:op="fuse"><value>${value}</value></prop></item>`;
  writeFileSync(
    join(folder, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${item('/org.openoffice.Office.Calc/Formula/Load', 'OOXMLRecalcMode', '0')}
${item('/org.openoffice.Setup/L10N', 'ooSetupSystemLocale', locale)}
</oor:items>
`,
  );
  return `file://${folder}`;
}

export interface Conversion {
  files: string[];
  /** The --convert-to argument: CSV_AS_SHOWN, PDF or XLSX. */
  to: string;
  out: string;
  locale?: Locale;
}

/** One soffice run converting all of `files` into `out`, with its own profile. */
export async function convert({ files, to, out, locale = 'en-US' }: Conversion): Promise<void> {
  mkdirSync(out, { recursive: true });
  const args = [`-env:UserInstallation=${profile(`${out}.profile`, locale)}`, '--headless', '--norestore'];
  await run('soffice', [...args, '--convert-to', to, '--outdir', out, ...files], {
    timeout: SOFFICE_TIMEOUT_MS,
  });
}

/** The cells of one sheet of `file` (its name without .xlsx) as Calc showed them in the CSV run into `out`. */
export function shown(out: string, file: string, sheet: string): string[][] {
  const text = readFileSync(join(out, `${file}-${sheet}.csv`), 'utf8');
  return Papa.parse<string[]>(text.replace(/\r?\n$/, ''), { skipEmptyLines: false }).data;
}

/** The first row whose first non-empty cell is `label`. */
export function rowOf(rows: string[][], label: string): string[] {
  const row = rows.find((r) => r.find((cell) => cell !== '') === label);
  if (!row) throw new Error(`no row «${label}» in ${JSON.stringify(rows.map((r) => r.join('|')))}`);
  return row;
}

export interface Printed {
  /** Each page's text, laid out as printed. */
  pages: string[];
  /** Each page's size as pdfinfo says it, e.g. «841.89 x 595.276 pts (A4)». */
  sizes: string[];
}

export async function printed(pdf: string): Promise<Printed> {
  const { stdout: info } = await run('pdfinfo', ['-l', '999', pdf]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1] ?? '');
  const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
  return { pages: text.split('\f').slice(0, sizes.length), sizes };
}
