/**
 * Our marks in Excel: conditional formats whose rule carries the tag (src/port/marks.ts). Excel has no stable
 * key for a conditional format: `ConditionalFormat.id` is "the priority of the conditional format in the
 * current ConditionalFormatCollection", and `add()` puts a new rule "at the first/top priority"
 * (learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member,
 * excel.conditionalformatcollection). Positions shift whenever a rule is added or deleted, so:
 *  - which rules are ours (the tag in the formula) is read in the same Excel.run that deletes them, never kept
 *    from an earlier run;
 *  - they are deleted bottom-up (descending position), so each deletion leaves the positions still to delete
 *    as they were read — and before any new mark is added, since an added rule pushes every position down;
 *  - the read is a sync of its own: a rule Excel cannot read back fails whatever loads it (office-js #6396 after
 *    Ctrl+Z of a delete, #6827 with two cellValue rules on one range). Then each sheet is read alone, and a sheet
 *    that still fails has unknown marks: it is left alone and the result says so.
 */
import { bilingual, defineMessages } from '../core/messages';
import { isMarkFormula } from '../port/marks';
import type { PortWarning } from '../port/workbookPort';
import { excelCode } from './errors';
import type { CallStep } from './writeSteps';

/** Our rules on a sheet, by id, bottom-most first; null when Excel could not read the sheet's rules. */
export interface SheetMarks {
  sheet: string;
  ids: string[] | null;
}

/** Errors that mean "this sheet's rules cannot be read"; anything else (cell-edit mode, size) is raised. */
const UNREADABLE = new Set(['ItemNotFound', 'GeneralException', 'InvalidArgument', 'InvalidOperation']);

function queueLoad(context: Excel.RequestContext, sheet: string): () => SheetMarks {
  const formats = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
  formats.load('items/id,items/customOrNullObject/rule/formula');
  return () => ({
    sheet,
    ids: formats.items
      .filter(
        (cf) => !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula),
      )
      .map((cf) => cf.id)
      .reverse(),
  });
}

async function readTogether(context: Excel.RequestContext, sheets: string[]): Promise<SheetMarks[]> {
  const reads = sheets.map((sheet) => queueLoad(context, sheet));
  await context.sync();
  return reads.map((read) => read());
}

/** Our marks on `sheets`, in one sync; after a failure, one sync per sheet. */
export async function readMarks(context: Excel.RequestContext, sheets: string[]): Promise<SheetMarks[]> {
  if (sheets.length === 0) return [];
  try {
    return await readTogether(context, sheets);
  } catch (error) {
    if (!UNREADABLE.has(excelCode(error) ?? '')) throw error;
  }
  const marks: SheetMarks[] = [];
  for (const sheet of sheets) {
    try {
      marks.push(...(await readTogether(context, [sheet])));
    } catch (error) {
      if (!UNREADABLE.has(excelCode(error) ?? '')) throw error;
      marks.push({ sheet, ids: null });
    }
  }
  return marks;
}

/** Deletes the rules read by `readMarks` in this run, bottom-up on each sheet. Must run before any add. */
export function deleteMarksStep(marks: SheetMarks[]): CallStep {
  const count = marks.reduce((n, m) => n + (m.ids?.length ?? 0), 0);
  return {
    kind: 'call',
    bytes: count * 80 + 100,
    run: (context) => {
      for (const { sheet, ids } of marks) {
        const formats = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
        for (const id of ids ?? []) formats.getItem(id).delete();
      }
    },
  };
}

const messages = defineMessages({
  marksUnknown: {
    nb:
      'Excel kunne ikke lese de betingede formateringene på {sheets} (en kjent feil i Excel, f.eks. etter ' +
      'Angre). Merkene der ble ikke endret. Lukk og åpne arbeidsboka og prøv igjen, eller se Betinget ' +
      'formatering › Behandle regler.',
    en:
      'Excel could not read the conditional formats on {sheets} (a known Excel bug, e.g. after Undo). The ' +
      'marks there were not changed. Close and reopen the workbook and try again, or see Conditional ' +
      'Formatting › Manage Rules.',
  },
});

export function marksUnknown(sheets: string[]): PortWarning {
  const names = {
    nb: `${sheets.length > 1 ? 'arkene' : 'arket'} ${sheets.map((s) => `«${s}»`).join(', ')}`,
    en: `${sheets.length > 1 ? 'the sheets' : 'the sheet'} ${sheets.map((s) => `"${s}"`).join(', ')}`,
  };
  const text = bilingual(messages, 'marksUnknown', { sheets: names });
  return { code: 'marks-unknown', message: text.nb, messageEn: text.en };
}
