/**
 * A shared formula as each of its cells holds it. The file keeps the text once, on the first cell of the
 * range (`<f t="shared" si="0" ref="H2:H29">SUM(I2:J2)</f>`); the other cells say only `si="0"` and mean the
 * same formula moved by their offset, relative references shifted and `$`-anchored ones kept (ECMA-376 Part
 * 1, §18.3.1.40 f (Formula)). Office.js `Range.formulas` shows each cell's own text, so the reader does too.
 */
import { columnLetters, MAX_COLUMN, MAX_ROW } from '../../core/cells';

/**
 * An A1 reference (in the parts outside string literals and quoted sheet names): the lookbehind keeps names
 * like `Sheet1` and `LOG10` whole, the lookahead keeps function names like `ATAN2(`.
 */
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function shiftPart(text: string, rows: number, columns: number): string {
  return text.replace(
    REFERENCE,
    (whole, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
      const column = columnNumber(letters);
      const row = Number(digits);
      if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return whole;
      const newColumn = colAnchor ? column : column + columns;
      const newRow = rowAnchor ? row : row + rows;
      if (newColumn < 1 || newColumn > MAX_COLUMN || newRow < 1 || newRow > MAX_ROW) return '#REF!';
      return `${colAnchor}${columnLetters(newColumn)}${rowAnchor}${newRow}`;
    },
  );
}

/** `formula` (without '=') as it reads `rows` down and `columns` right of where it was written. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  // Split off "string literals" and 'quoted sheet names'; only the parts between them hold references.
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return parts.map((part, i) => (i % 2 === 1 ? part : shiftPart(part, rows, columns))).join('');
}
