/**
 * The workbook as the panels see it: the port, the last snapshot (plan, project table, mapping) and a way
 * to read again. Panels write through the port and then call `reload()`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WorkbookPort } from '../port/workbookPort';
import { loadSnapshot, type Snapshot } from './services/snapshot';
import { useLiveRead } from './useLiveRead';

/** Tells a listener that the user changed the workbook (so the check can run again); returns an unsubscribe. */
export type WatchChanges = (listener: () => void) => () => void;

export interface WorkbookState {
  port: WorkbookPort;
  mode: 'office' | 'preview';
  /** Whether a file the pane offers for download reaches the user (not in Excel for Mac and iPad). */
  downloads: boolean;
  snapshot?: Snapshot;
  loading: boolean;
  /** What the last read threw. */
  error?: { cause: unknown };
  reload: () => Promise<Snapshot | undefined>;
  /** A range the user chose as the project table (when there is no table or sheet named Prosjekter). */
  range?: string;
  setRange: (range: string | undefined) => void;
  watchChanges: WatchChanges;
  /** Has the snapshot include `part` until the returned function is called (see useSnapshotWith). */
  need: (part: SnapshotPart) => () => void;
}

/** What a snapshot holds only while a panel asks for it: the other sheets (Kontroll), Søknader (Vurdering). */
export type SnapshotPart = 'sheets' | 'applications';

const WorkbookContext = createContext<WorkbookState | undefined>(undefined);

const noChanges: WatchChanges = () => () => undefined;

/** How long after the user's last change the workbook is read again (the check waits as long). */
const CHANGE_DELAY_MS = 800;

export function WorkbookProvider({
  port,
  mode,
  downloads = true,
  watchChanges = noChanges,
  children,
}: {
  port: WorkbookPort;
  mode: 'office' | 'preview';
  downloads?: boolean;
  watchChanges?: WatchChanges;
  children: ReactNode;
}) {
  const [range, setRange] = useState<string | undefined>();
  // How many shown panels ask for each part: the snapshot reads a part only while some panel needs it.
  const [needs, setNeeds] = useState<Record<SnapshotPart, number>>({ sheets: 0, applications: 0 });
  const need = useCallback((part: SnapshotPart) => {
    setNeeds((counts) => ({ ...counts, [part]: counts[part] + 1 }));
    return () => setNeeds((counts) => ({ ...counts, [part]: counts[part] - 1 }));
  }, []);
  const sheets = needs.sheets > 0;
  const applications = needs.applications > 0;
  const read = useCallback(
    () => loadSnapshot(port, { range, sheets, applications }),
    [port, range, sheets, applications],
  );
  const {
    value: snapshot,
    reading: loading,
    failure: error,
    read: reload,
  } = useLiveRead(read, watchChanges, CHANGE_DELAY_MS);

  const value = useMemo<WorkbookState>(
    () => ({ port, mode, downloads, snapshot, loading, error, reload, range, setRange, watchChanges, need }),
    [port, mode, downloads, snapshot, loading, error, reload, range, watchChanges, need],
  );
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookState {
  const state = useContext(WorkbookContext);
  if (!state) throw new Error('useWorkbook outside WorkbookProvider');
  return state;
}

/**
 * What a panel works out from the snapshot with `part` in it (Kontroll from the other sheets, Vurdering from
 * Søknader): asks the provider to read the part while the panel is shown — one read per change serves the pane
 * and the panel — and derives once per snapshot that has it. `waiting` until such a read is in; `failure` is a
 * failed read, or what `derive` threw. Keep `derive` stable (useCallback).
 */
export function useSnapshotWith<T>(
  part: SnapshotPart,
  derive: (snapshot: Snapshot) => T,
): { value: T | undefined; waiting: boolean; failure: { cause: unknown } | undefined } {
  const { snapshot, loading, error, need } = useWorkbook();
  useEffect(() => need(part), [need, part]);
  const ready = snapshot !== undefined && snapshot[part] !== undefined ? snapshot : undefined;
  const derived = useMemo((): { value?: T; failure?: { cause: unknown } } => {
    if (!ready) return {};
    try {
      return { value: derive(ready) };
    } catch (cause) {
      return { failure: { cause } };
    }
  }, [ready, derive]);
  return { value: derived.value, waiting: loading || !ready, failure: error ?? derived.failure };
}
