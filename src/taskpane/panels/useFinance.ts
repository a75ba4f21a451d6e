/**
 * Økonomi's state and what its buttons do: move the payments, reconcile a ledger export, compute and write
 * the year-end statement. FinancePanel.tsx is the view.
 */
import { useState } from 'react';
import {
  migratePayments,
  reconcileWithLedger,
  saveLedgerMapping,
  writeYearEndSheet,
  yearEndOf,
  type ReconcileResult,
  type YearEndResult,
} from '../../app/finance';
import type { Finding } from '../../core/types';
import { useTask } from '../useTask';
import { useToday } from '../today';
import { useWorkbook } from '../workbook';

/** What was last done, said by the view in its words. */
type FinanceDone = { id: 'migrated'; data: { rows: number } } | { id: 'written'; data?: undefined };

export function useFinance() {
  const workbook = useWorkbook();
  const { snapshot, port } = workbook;
  const task = useTask();
  const [done, setDone] = useState<FinanceDone>();
  const [reconciled, setReconciled] = useState<ReconcileResult>();
  // The year just closed, by the pane's today (the clock, or the preview's chosen date).
  const today = useToday();
  const [year, setYear] = useState(String(today.year - 1));
  const [statement, setStatement] = useState<YearEndResult>();

  const migrate = () =>
    task.run(async () => {
      const result = await migratePayments(port);
      await workbook.reload();
      setDone({ id: 'migrated', data: { rows: result.rows } });
    });
  const reconcileFile = (file: File) =>
    task.run(async () => {
      const bytes = await bytesOf(file);
      const result = await reconcileWithLedger(port, { name: file.name, csv: bytes });
      setReconciled(result);
      // The columns found are kept in the workbook, so the next export is read the same way.
      await saveLedgerMapping(port, result.ledger.mapping);
    });
  const computeYear = () =>
    task.run(async () => {
      setStatement(await yearEndOf(port, { year: Number(year) }));
    });
  const writeYear = () =>
    task.run(async () => {
      // Computed again from the workbook as it is now and for the year in the field: a statement shown
      // earlier may be of another year, or from before the payments changed.
      const result = await yearEndOf(port, { year: Number(year) });
      setStatement(result);
      await writeYearEndSheet(port, result);
      setDone({ id: 'written' });
    });
  const select = (finding: Finding) => task.run(() => port.selectCell(finding.sheet, finding.cell));
  const validYear = /^\d{4}$/.test(year.trim());

  return {
    snapshot,
    task,
    done,
    reconciled,
    year,
    setYear,
    validYear,
    statement,
    migrate,
    reconcileFile,
    computeYear,
    writeYear,
    select,
  };
}

/** A picked file's bytes. FileReader rather than Blob.arrayBuffer(): older WebViews inside Office lack the latter. */
function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsArrayBuffer(file);
  });
}
