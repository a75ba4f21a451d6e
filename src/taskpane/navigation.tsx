/** A panel's links to the others (the board's overview links to the detail panels): open a tab by its id. */
import { createContext, useContext } from 'react';

const OpenPanelContext = createContext<(id: string) => void>(() => undefined);

export const OpenPanelProvider = OpenPanelContext.Provider;

/** Opens the panel with this id (see panels/index.ts), as a click on its tab does. */
export function useOpenPanel(): (id: string) => void {
  return useContext(OpenPanelContext);
}
