/**
 * Which panel the pane opens on. The ribbon has two buttons: «Åpne Omstilling» shows the pane as it is, and
 * «Styret» runs a function (src/commands/commands.ts) that asks for the board's overview and then shows the
 * pane. The function file and the pane are separate bundles in one shared runtime — one window
 * (learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime) — so the
 * request goes through that window: a property the pane reads when it starts, and an event for a pane that
 * is already running. A ShowTaskpane action cannot say this: in a shared runtime every action must load the
 * runtime's one page, so the URL cannot carry a tab. Outside Office (the browser preview) `?panel=overview`
 * in the address does the same.
 */

/** The board's overview: the panel «Styret» opens on. */
export const BOARD_PANEL = 'overview';

const OPEN_PANEL_EVENT = 'omstilling:open-panel';

const PENDING = '__omstillingOpenPanel';

type Scope = Pick<Window, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'> & {
  location?: { search: string };
  [PENDING]?: string;
};

const windowScope = () => globalThis as unknown as Scope;

/** Asks the pane to show a panel: now, if it runs, else when it starts. */
export function requestPanel(id: string, scope: Scope = windowScope()): void {
  scope[PENDING] = id;
  scope.dispatchEvent(new CustomEvent(OPEN_PANEL_EVENT, { detail: id }));
}

/** The panel asked for before the pane started (or in the address), once. */
export function takeRequestedPanel(scope: Scope = windowScope()): string | undefined {
  const pending = scope[PENDING];
  delete scope[PENDING];
  return pending ?? new URLSearchParams(scope.location?.search ?? '').get('panel') ?? undefined;
}

/** Calls `listener` with each panel asked for while the pane runs; returns the way to stop. */
export function onPanelRequested(listener: (id: string) => void, scope: Scope = windowScope()): () => void {
  const handle = (event: Event) => {
    delete scope[PENDING];
    const id = (event as CustomEvent<unknown>).detail;
    if (typeof id === 'string') listener(id);
  };
  scope.addEventListener(OPEN_PANEL_EVENT, handle);
  return () => scope.removeEventListener(OPEN_PANEL_EVENT, handle);
}
