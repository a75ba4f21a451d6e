/**
 * Runs before functions.ts. The custom-functions webpack plugin appends `CustomFunctions.associate(...)` to
 * functions.ts; outside Office (the browser preview, where office.js is absent) that would throw. Give the
 * preview a no-op in its place; inside Office office.js is loaded first and this does nothing.
 */
const scope = globalThis as { Office?: unknown; CustomFunctions?: unknown };
if (typeof scope.Office === 'undefined' && typeof scope.CustomFunctions === 'undefined') {
  scope.CustomFunctions = { associate: () => undefined };
}

export {};
