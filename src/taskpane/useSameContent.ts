/**
 * A value that stays the same object while its content does. The workbook is read again after every pause in
 * the user's typing (useLiveRead), and each read parses the plan and the mapping anew: a panel that starts a
 * draft from them (Fordeling's shares, Oppsett's column map) must start again only when they really changed,
 * not whenever the user typed somewhere else in the workbook.
 */
import { useState } from 'react';

export function useSameContent<T>(value: T): T {
  const [kept, setKept] = useState<{ value: T; key: string }>(() => ({ value, key: JSON.stringify(value) }));
  const key = JSON.stringify(value);
  // Derived state set during render, as React documents for "adjusting state when a prop changes".
  if (key !== kept.key) {
    setKept({ value, key });
    return value;
  }
  return kept.value;
}
