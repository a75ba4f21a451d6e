/**
 * The user's edits, so Kontroll runs again inside Excel as it does in the preview: one handler on
 * `WorksheetCollection.onChanged` (ExcelApi 1.7), which fires for a change on any sheet
 * (learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member).
 *
 * What the add-in wrote itself is left out, so writing findings or a log line never starts the check again:
 * from ExcelApi 1.14 the event's `triggerSource` is "ThisLocalAddin" for those
 * (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs); before it, changes on the sheets
 * the add-in owns are left out (marks are conditional formats, which are no data change). An added handler
 * is removed with `Excel.run(result.context, …)` (OfficeExtension.EventHandlerResult).
 */
import type { OfficeEnv, Requirements } from './env';
import { runOperation } from './runner';
import { isOwned, readMap } from './workbookMap';

type ChangeHandler = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/** Which sheets (by id) the add-in owns: the map, then the sheets' ids. */
function sheetOwnership(env: OfficeEnv, requirements: Requirements): Promise<Map<string, boolean>> {
  return runOperation(
    env,
    requirements,
    async (context) => {
      const map = await readMap(context, requirements);
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name');
      await context.sync();
      return new Map(sheets.items.map((sheet) => [sheet.id, isOwned(map, sheet.name)]));
    },
    { idempotent: true },
  );
}

/** Calls `listener` after each change the user makes; returns the way to stop. */
export function watchChanges(env: OfficeEnv, requirements: Requirements, listener: () => void): () => void {
  if (!requirements.changeEvents) return () => undefined;
  let stopped = false;
  let owned = new Map<string, boolean>();
  const isOurs = async (event: Excel.WorksheetChangedEventArgs): Promise<boolean> => {
    if (requirements.triggerSource) return event.triggerSource === 'ThisLocalAddin';
    if (!owned.has(event.worksheetId)) owned = await sheetOwnership(env, requirements).catch(() => owned);
    return owned.get(event.worksheetId) ?? false;
  };
  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    if (stopped || (await isOurs(event)) || stopped) return;
    listener();
  };
  let added: ChangeHandler | undefined;
  const ready = env
    .run({}, async (context) => {
      added = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
    })
    // No events after all: the check runs when the user asks for it.
    .catch(() => (added = undefined));
  return () => {
    stopped = true;
    void ready.then(async () => {
      const result = added;
      if (!result) return;
      await env
        .resume(result.context as Excel.RequestContext, async (context) => {
          result.remove();
          await context.sync();
        })
        .catch(() => undefined);
    });
  };
}
