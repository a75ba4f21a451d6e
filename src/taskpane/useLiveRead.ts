/**
 * A value read from the workbook that stays current: read when the panel opens (and again whenever `read`
 * changes, i.e. its inputs did), and again once the user pauses after changing the workbook. Only the latest
 * read's answer is kept: an older, slower read never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WatchChanges } from './workbook';

interface LiveRead<T> {
  value: T | undefined;
  /** True while a read is under way (from the first render: a read starts as soon as the panel is shown). */
  reading: boolean;
  /** What the latest read threw; cleared by the next read that succeeds. */
  failure: { cause: unknown } | undefined;
  /** Read now: the value read, or undefined when the read failed. */
  read: () => Promise<T | undefined>;
}

export function useLiveRead<T>(
  read: () => Promise<T>,
  watchChanges: WatchChanges,
  delayMs: number,
): LiveRead<T> {
  const [value, setValue] = useState<T | undefined>();
  const [reading, setReading] = useState(true);
  const [failure, setFailure] = useState<{ cause: unknown } | undefined>();
  const latest = useRef(0);

  const readNow = useCallback(async () => {
    const mine = ++latest.current;
    setReading(true);
    try {
      const next = await read();
      if (mine === latest.current) {
        setValue(next);
        setFailure(undefined);
      }
      return next;
    } catch (cause) {
      if (mine === latest.current) setFailure({ cause });
      return undefined;
    } finally {
      if (mine === latest.current) setReading(false);
    }
  }, [read]);

  useEffect(() => {
    void readNow();
  }, [readNow]);

  // The user changed the workbook: read it again, once they pause.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchChanges(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void readNow(), delayMs);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [watchChanges, readNow, delayMs]);

  return { value, reading, failure, read: readNow };
}
