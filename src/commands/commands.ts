/**
 * The ribbon's function file, loaded by taskpane.html in the shared runtime. The Home-tab button only opens
 * the pane (ShowTaskpane needs no code); ribbon actions that run code are associated here when they come.
 * Outside Office (the browser preview) office.js is absent, so nothing here may assume it.
 */
export function onCommandsReady(): void {
  // No code-backed ribbon actions yet: Office.actions.associate(...) goes here.
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => onCommandsReady());
}
