/**
 * The board report's PDF in the pane: made in the browser by the same code as `omstilling styrerapport
 * --pdf` (src/app/boardPdf.ts), offered as a download. pdf-lib, fontkit and the font come only when the
 * user asks for it — a chunk of their own and an asset the build emits (webpack.config.js) — so the pane's
 * first download does not grow.
 */
import type { BoardReport } from '../../app/boardReport';
import { OmstillingError } from '../../core/errors';
import { bilingual, defineMessages, type Lang } from '../../core/messages';

const MESSAGES = defineMessages({
  noFont: {
    nb: 'Fant ikke skriften til PDF-en ({url}, HTTP {status}): tillegget er ikke installert helt. Styrerapport-arket kan skrives likevel.',
    en: 'The PDF’s font was not found ({url}, HTTP {status}): the add-in is not fully installed. The Styrerapport sheet can still be written.',
  },
});

/** The font the build copies from the dejavu-fonts-ttf package, beside taskpane.html. */
const REPORT_FONT_URL = 'assets/DejaVuSans.ttf';

export const PDF_NAME = 'Styrerapport.pdf';

/** The font's bytes, fetched relative to the page (the pane's own server; nothing else is reached). */
export async function fetchReportFont(base: string = document.baseURI): Promise<Uint8Array> {
  const response = await fetch(new URL(REPORT_FONT_URL, base));
  if (!response.ok) {
    const text = bilingual(MESSAGES, 'noFont', { url: REPORT_FONT_URL, status: response.status });
    throw new OmstillingError('file', 'report-font', text);
  }
  return new Uint8Array(await response.arrayBuffer());
}

export async function reportPdf(report: BoardReport, lang: Lang, font: Uint8Array): Promise<Uint8Array> {
  const { boardReportPdf } = await import(/* webpackChunkName: "board-pdf" */ '../../app/boardPdf');
  return boardReportPdf(report, font, lang);
}

/** Hands the bytes to the browser as a file download. */
export function offerDownload(bytes: Uint8Array, name: string = PDF_NAME): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
