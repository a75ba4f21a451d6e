/**
 * Long work in a panel: one action at a time, with progress while it runs, the port's or core's own
 * message when it fails, and a notice when it is done. Both are kept as data and worded at render time, so
 * they follow a change of language.
 */
import { useCallback, useRef, useState } from 'react';
import { messageIn, paneText, type Lang, type MessageKey, type Vars } from '../i18n';
import type { WriteResult } from '../port/workbookPort';

export interface NoticeText {
  key: MessageKey;
  vars?: Vars;
  /** What the port warned about (a chart Excel could not make, a log started again …). */
  warnings?: { message: string; messageEn: string }[];
}

/**
 * "Skrev 7 rader til arket «Fordeling»." with the port's warnings. The ExcelJS port's chart-not-saved is
 * about the .xlsx file; the preview draws the charts, so it is left out.
 */
export function writtenNotice(result: WriteResult): NoticeText {
  const warnings = result.warnings.filter((w) => w.code !== 'chart-not-saved');
  return {
    key: result.rows === 1 ? 'writtenOne' : 'written',
    vars: { rows: result.rows, sheet: result.sheet },
    ...(warnings.length ? { warnings } : {}),
  };
}

/** A user-facing message for anything thrown: PortError and InputError carry their own in both languages. */
export function errorText(error: unknown, lang: Lang): string {
  if (error && typeof error === 'object' && 'message' in error && 'messageEn' in error) {
    return messageIn(lang, error as { message: string; messageEn: string });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return paneText(lang, 'errorUnexpected', { detail });
}

export interface Task {
  busy: boolean;
  /** What was thrown, if the last action failed. */
  error?: { cause: unknown };
  notice?: NoticeText;
  /** Runs `work`; what it returns (if anything) becomes the notice. */
  run: (work: () => Promise<NoticeText | void>) => Promise<void>;
  clear: () => void;
}

export function useTask(): Task {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ cause: unknown } | undefined>();
  const [notice, setNotice] = useState<NoticeText | undefined>();
  const running = useRef(false);
  const run = useCallback(async (work: () => Promise<NoticeText | void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await work();
      if (result) setNotice(result);
    } catch (cause) {
      setError({ cause });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(undefined);
    setNotice(undefined);
  }, []);
  return { busy, error, notice, run, clear };
}
