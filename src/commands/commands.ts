/**
 * The ribbon's function file, loaded by taskpane.html in the shared runtime. «Åpne Omstilling» only opens
 * the pane (ShowTaskpane needs no code); «Styret» runs `openBoardOverview`: it asks for the board's
 * overview and shows the pane (Office.addin.showAsTaskpane, SharedRuntime 1.1:
 * learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). Outside Office (the browser preview)
 * office.js is absent, so nothing here may assume it.
 */
import { BOARD_PANEL, requestPanel } from '../taskpane/startPanel';

/** The FunctionName of each ExecuteFunction button in manifest.xml. */
export const RIBBON_FUNCTIONS = ['openBoardOverview'] as const;

interface RibbonOffice {
  actions: { associate(name: string, action: (event: { completed(): void }) => void): void };
  addin: { showAsTaskpane(): Promise<void> };
}

export function onCommandsReady(office: RibbonOffice): void {
  office.actions.associate('openBoardOverview', (event) => {
    requestPanel(BOARD_PANEL);
    // The event must complete whatever happens, or Office keeps the button busy.
    office.addin.showAsTaskpane().then(
      () => event.completed(),
      () => event.completed(),
    );
  });
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => onCommandsReady(Office as unknown as RibbonOffice));
}
