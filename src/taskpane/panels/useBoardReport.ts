/**
 * Oversikt's two actions: «Skriv styrerapport» writes the values-only sheet Styrerapport (src/app/
 * boardReport.ts, the same sheet `omstilling styrerapport` writes), and «Last ned som PDF» makes the same
 * report as a PDF in the pane and offers it as a download (services/boardPdf.ts: the PDF library is a
 * chunk of its own, fetched only then). Both judge the results on the day the panel shows.
 */
import { boardReportOf, writeBoardReport } from '../../app/boardReport';
import type { Day } from '../../core/today';
import type { Lang } from '../../core/messages';
import { fetchReportFont, offerDownload, PDF_NAME, reportPdf } from '../services/boardPdf';
import { useTask, writtenNotice } from '../useTask';
import { useWorkbook } from '../workbook';

export function useBoardReport(today: Day, lang: Lang) {
  const { port, downloads } = useWorkbook();
  const task = useTask();
  const report = () => boardReportOf(port, today);
  const writeReport = () => task.run(async () => writtenNotice(await writeBoardReport(port, await report())));
  const downloadPdf = () =>
    task.run(async () => {
      const [made, font] = await Promise.all([report(), fetchReportFont()]);
      offerDownload(await reportPdf(made, lang, font));
      return { key: 'overviewPdfReady', vars: { file: PDF_NAME } };
    });
  // Where a download would silently go nowhere (Excel for Mac and iPad), the PDF is not offered.
  return { task, writeReport, downloadPdf: downloads ? downloadPdf : undefined };
}
