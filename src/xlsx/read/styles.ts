/**
 * Cell number formats from `styles.xml`: a cell's `s` indexes `cellXfs`, whose `numFmtId` is either one of the
 * workbook's own `numFmts` or a built-in id whose code the file leaves out (ECMA-376 Part 1, §18.8.30
 * numFmt). The built-in codes are the standard's, as ExcelJS reports them, so a cell reads the same code
 * whichever way the workbook was opened.
 */
import { limitReached, type ReadLimits } from './limits';
import { readPart } from './xml';
import type { ZipArchive } from './zip';

const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * Ids the standard reserves for dates in East Asian locales (27–36, 50–58) carry no code in the file; they are
 * dates all the same, so they read as a date code (core takes a number in a date format for a date).
 */
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const LOCALE_DATE_CODE = 'yyyy-mm-dd';

function codeOf(id: number, custom: Map<number, string>): string {
  return custom.get(id) ?? BUILT_IN[id] ?? (LOCALE_DATE_IDS.has(id) ? LOCALE_DATE_CODE : 'General');
}

export class CellStyles {
  constructor(private readonly codes: string[]) {}

  /** The number format of style `s` ('General' for a style the file does not have). */
  format(style: number): string {
    return this.codes[style] ?? 'General';
  }
}

/** The cell styles of `part` (no part: every cell is General). */
export async function readStyles(
  zip: ZipArchive,
  part: string | undefined,
  limits: ReadLimits,
): Promise<CellStyles> {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  if (part) {
    await readPart(zip, part, {
      open(tag, attributes) {
        if (tag === 'numFmt') {
          if (custom.size >= limits.workbookItems) throw limitReached(limits, 'workbookItems', 'styles');
          custom.set(Number(attributes.numFmtId), attributes.formatCode ?? 'General');
        } else if (tag === 'cellXfs') inCellXfs = true;
        else if (tag === 'xf' && inCellXfs) {
          if (xfs.length >= limits.workbookItems) throw limitReached(limits, 'workbookItems', 'styles');
          xfs.push(Number(attributes.numFmtId ?? 0) || 0);
        }
      },
      close(tag) {
        if (tag === 'cellXfs') inCellXfs = false;
      },
    });
  }
  return new CellStyles(xfs.map((id) => codeOf(id, custom)));
}
