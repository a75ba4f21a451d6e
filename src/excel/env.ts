/**
 * How the Office adapter reaches Excel: `Excel.run` and the requirement-set check, injectable so the
 * adapter runs against the test fake exactly as it runs against Excel.
 */

export interface OfficeEnv {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run on an earlier context: how an event handler is removed (with its result's `context`). */
  resume<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  now(): Date;
}

export function officeEnv(): OfficeEnv {
  return {
    run: (options, batch) => Excel.run(options, batch),
    resume: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    now: () => new Date(),
  };
}

/** What this Excel can do, decided once from the requirement sets it reports. */
export interface Requirements {
  /** ExcelApi 1.4: *OrNullObject, names.add, used range without errors. Below it the add-in cannot work. */
  base: boolean;
  /** ExcelApi 1.2: sheet protection can be read, so writes are refused before they start. */
  protection: boolean;
  /** ExcelApi 1.6: conditional formats (reading our marks) and suspending calculation. */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: workbook structure protection can be read. */
  workbookProtection: boolean;
  /** ExcelApi 1.7: frozen header rows. */
  freezePanes: boolean;
  /** ExcelApi 1.7: WorksheetCollection.onChanged, so the check can follow the user's edits. */
  changeEvents: boolean;
  /** ExcelApi 1.14: a change event's triggerSource says which changes the add-in made itself. */
  triggerSource: boolean;
  /** ExcelApi 1.8: data validation (pick-lists on the user's tables). */
  dataValidation: boolean;
  /** ExcelApi 1.9: RangeAreas, so one mark rule covers many cells. */
  marks: boolean;
  /** ExcelApi 1.9: getSelectedRanges (a selection of several areas) and Table.autoFilter (is it filtered?). */
  areasAndFilters: boolean;
  /** ExcelApi 1.9: page setup (A4, one page wide, header rows on every page). */
  pageLayout: boolean;
  /** ExcelApi 1.11: Excel.run waits for the user to leave cell-edit mode. */
  delayForCellEdit: boolean;
  /** ExcelApi 1.13: Table.resize, so a Plan table can change its number of rows in place. */
  resizeTable: boolean;
}

export function requirementsOf(env: OfficeEnv): Requirements {
  const has = (minor: number) => env.isSetSupported('ExcelApi', `1.${minor}`);
  return {
    base: has(4),
    protection: has(2),
    conditionalFormats: has(6),
    workbookProtection: has(7),
    freezePanes: has(7),
    changeEvents: has(7),
    triggerSource: has(14),
    dataValidation: has(8),
    marks: has(9),
    areasAndFilters: has(9),
    pageLayout: has(9),
    delayForCellEdit: has(11),
    resizeTable: has(13),
  };
}
