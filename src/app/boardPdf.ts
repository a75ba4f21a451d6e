/**
 * The Styrerapport as a PDF for the meeting papers: A4 landscape, one page of the programme (headline
 * numbers, frames and use per area as vector bars, results against targets) and, when there are
 * applications, a page with the recommendation and its warnings. Made with pdf-lib and @pdf-lib/fontkit,
 * with DejaVu Sans embedded as a subset so æøå and «» come out right in every reader. The caller brings
 * the font's bytes: the CLI reads them from the dejavu-fonts-ttf package, the pane fetches them as an asset
 * (only when the user asks for the PDF). Same report value as the sheet (boardReport.ts), so they agree.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { BOARD_WORDS, type AreaUse } from '../core/boardReport';
import { translate, type Lang } from '../core/messages';
import { formatKroner, formatNumber, kr } from '../core/money';
import { dayWords, VERDICT_WORDS, type Verdict } from '../core/today';
import type { BoardReport } from './boardReport';

/** A4 landscape in points. */
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 36;
const INK = rgb(0.13, 0.13, 0.13);
const MUTED = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.82, 0.82, 0.82);
/** Neutral bars; red only for an overdraft. */
const TRACK = rgb(0.91, 0.91, 0.91);
const GRANTED = rgb(0.7, 0.7, 0.7);
const PAID = rgb(0.38, 0.38, 0.38);
const OVERDRAFT = rgb(0.77, 0.06, 0.12);
const VERDICT_INK: Record<Verdict, RGB> = {
  met: rgb(0.06, 0.48, 0.06),
  'not-met': rgb(0.6, 0.36, 0),
  'in-progress': MUTED,
  'not-yet': MUTED,
};

interface Pen {
  page: PDFPage;
  font: PDFFont;
}

/**
 * Lines of `text` no wider than `width` at `size`, broken at ordinary spaces only — never inside «4 400 000»,
 * whose groups are held by no-break spaces (a word too long stands alone).
 */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes `text` from the top-left corner (x, y); returns the y under its last line. */
function write(
  pen: Pen,
  text: string,
  x: number,
  y: number,
  options: { size?: number; color?: RGB; width?: number; align?: 'left' | 'right' } = {},
): number {
  const size = options.size ?? 9;
  const lines = options.width ? wrap(pen.font, text, size, options.width) : [text];
  let top = y;
  for (const line of lines) {
    const shift = options.align === 'right' ? -pen.font.widthOfTextAtSize(line, size) : 0;
    pen.page.drawText(line, {
      x: x + shift,
      y: top - size,
      size,
      font: pen.font,
      color: options.color ?? INK,
    });
    top -= size * 1.3;
  }
  return top;
}

function headlineBoxes(pen: Pen, report: BoardReport, lang: Lang, top: number): number {
  const { headlines } = report.overview;
  const gap = 8;
  const width = (PAGE.width - 2 * MARGIN - gap * (headlines.length - 1)) / headlines.length;
  const height = 62;
  headlines.forEach((h, i) => {
    const x = MARGIN + i * (width + gap);
    pen.page.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      borderColor: RULE,
      borderWidth: 0.8,
    });
    let y = write(pen, h.label[lang], x + 6, top - 6, { size: 8, color: MUTED, width: width - 12 });
    y = write(pen, h.kind === 'kroner' ? kr(h.value) : formatNumber(h.value, 0, lang), x + 6, y - 1, {
      size: 14,
    });
    write(pen, h.detail[lang], x + 6, y, { size: 7.5, color: MUTED, width: width - 12 });
  });
  return top - height - 16;
}

/** One area: its name, the bar (frame the track, granted and paid inside, an overdraft red beyond), amounts. */
function areaBar(pen: Pen, area: AreaUse, lang: Lang, x: number, top: number, width: number): number {
  const w = (id: keyof typeof BOARD_WORDS, data?: Record<string, string | number>) =>
    translate(lang, BOARD_WORDS, id, data);
  let y = write(pen, area.area, x, top, { size: 10 });
  const used = area.granted - area.freed;
  const scale = Math.max(area.frame, used, 1);
  const at = (amount: number) => (width * Math.max(0, Math.min(amount, scale))) / scale;
  const height = 16;
  const base = y - height - 2;
  pen.page.drawRectangle({ x, y: base, width: at(area.frame), height, color: TRACK });
  pen.page.drawRectangle({ x, y: base, width: at(Math.min(used, area.frame)), height, color: GRANTED });
  pen.page.drawRectangle({ x, y: base, width: at(Math.min(area.paid, area.frame)), height, color: PAID });
  if (used > area.frame) {
    pen.page.drawRectangle({
      x: x + at(area.frame),
      y: base,
      width: at(used) - at(area.frame),
      height,
      color: OVERDRAFT,
    });
  }
  y = base - 4;
  const amounts = [
    `${w('frame')} ${kr(area.frame)}`,
    `${w('granted')} ${kr(area.granted)}`,
    `${w('paid')} ${kr(area.paid)}`,
    `${w('remaining')} ${kr(area.remaining)}`,
  ].join(' · ');
  y = write(pen, amounts, x, y, { size: 8.5, color: MUTED, width });
  if (area.remaining < 0) {
    y = write(pen, w('overdrawn', { amount: formatKroner(-area.remaining) }), x, y, {
      size: 8,
      color: OVERDRAFT,
    });
  }
  return y - 12;
}

function legend(pen: Pen, lang: Lang, x: number, top: number): number {
  let at = x;
  for (const [id, color] of [
    ['frame', TRACK],
    ['granted', GRANTED],
    ['paid', PAID],
  ] as const) {
    pen.page.drawRectangle({ x: at, y: top - 8, width: 8, height: 8, color });
    const label = translate(lang, BOARD_WORDS, id);
    write(pen, label, at + 11, top, { size: 8, color: MUTED });
    at += 11 + pen.font.widthOfTextAtSize(label, 8) + 14;
  }
  return top - 16;
}

function resultsTable(
  pen: Pen,
  report: BoardReport,
  lang: Lang,
  x: number,
  top: number,
  width: number,
): number {
  let y = write(pen, translate(lang, BOARD_WORDS, 'resultsTitle'), x, top, { size: 11 });
  y -= 2;
  for (const line of report.overview.results) {
    const status = translate(lang, VERDICT_WORDS, line.status);
    const figures = `${formatNumber(line.actual, 0, lang)} / ${formatNumber(line.target, 0, lang)}`;
    const labelWidth = width - 110;
    const next = write(pen, line.label[lang], x, y, { size: 8.5, width: labelWidth });
    write(pen, figures, x + labelWidth + 48, y, { size: 8.5, align: 'right' });
    write(pen, status, x + labelWidth + 56, y, { size: 8.5, color: VERDICT_INK[line.status] });
    pen.page.drawLine({
      start: { x, y: next - 1 },
      end: { x: x + width, y: next - 1 },
      thickness: 0.4,
      color: RULE,
    });
    y = next - 4;
  }
  if (report.overview.leverage !== null) {
    y = write(
      pen,
      translate(lang, BOARD_WORDS, 'leverage', { ratio: formatNumber(report.overview.leverage, 2, lang) }),
      x,
      y - 2,
      {
        size: 8,
        color: MUTED,
        width,
      },
    );
  }
  return y;
}

const COLUMNS: { header: Record<Lang, string>; width: number; align?: 'right' }[] = [
  { header: { nb: 'Rang', en: 'Rank' }, width: 30, align: 'right' },
  { header: { nb: 'Søknad', en: 'Application' }, width: 46 },
  { header: { nb: 'Søker', en: 'Applicant' }, width: 120 },
  { header: { nb: 'Innsatsområde', en: 'Focus area' }, width: 120 },
  { header: { nb: 'Søkt', en: 'Applied' }, width: 62, align: 'right' },
  { header: { nb: 'Innstilling', en: 'Recommendation' }, width: 80 },
  { header: { nb: 'Kan dekkes', en: 'Fundable' }, width: 62, align: 'right' },
  { header: { nb: 'Merknad', en: 'Remark' }, width: 0 },
];

/** The applications, a row each, the remark wrapped; a new page when the page is full. */
function applicationsTable(
  doc: PDFDocument,
  pen: Pen,
  report: BoardReport,
  lang: Lang,
  footer: () => void,
): void {
  const applications = report.applications ?? [];
  const total = PAGE.width - 2 * MARGIN;
  const fixed = COLUMNS.reduce((sum, c) => sum + c.width, 0);
  const widths = COLUMNS.map((c) => (c.width || total - fixed) - 6);
  const lefts = COLUMNS.map(
    (_, i) => MARGIN + COLUMNS.slice(0, i).reduce((sum, c) => sum + (c.width || total - fixed), 0),
  );
  const header = (top: number) => {
    pen.page.drawRectangle({ x: MARGIN, y: top - 14, width: total, height: 14, color: TRACK });
    COLUMNS.forEach((c, i) =>
      write(pen, c.header[lang], c.align === 'right' ? lefts[i] + widths[i] : lefts[i] + 2, top - 3, {
        size: 8,
        align: c.align,
      }),
    );
    return top - 18;
  };
  let y = write(pen, translate(lang, BOARD_WORDS, 'recommendationTitle'), MARGIN, PAGE.height - MARGIN, {
    size: 14,
  });
  y = header(y - 4);
  for (const a of applications) {
    const cells = [
      a.rank === null ? '' : String(a.rank),
      a.id,
      a.applicant,
      a.area,
      a.applied === null ? '' : formatKroner(a.applied),
      a.decision[lang],
      a.fundable === null ? '' : formatKroner(a.fundable),
      a.remark?.[lang] ?? '',
    ];
    const lines = Math.max(...cells.map((text, i) => wrap(pen.font, text, 8, widths[i]).length), 1);
    if (y - lines * 10.4 < MARGIN + 20) {
      footer();
      pen.page = doc.addPage([PAGE.width, PAGE.height]);
      y = header(PAGE.height - MARGIN);
    }
    let bottom = y;
    cells.forEach((text, i) => {
      const x = COLUMNS[i].align === 'right' ? lefts[i] + widths[i] : lefts[i] + 2;
      bottom = Math.min(
        bottom,
        write(pen, text, x, y, { size: 8, width: widths[i], align: COLUMNS[i].align }),
      );
    });
    pen.page.drawLine({
      start: { x: MARGIN, y: bottom - 1 },
      end: { x: MARGIN + total, y: bottom - 1 },
      thickness: 0.4,
      color: RULE,
    });
    y = bottom - 4;
  }
}

/** The report as PDF bytes. `font`: the bytes of DejaVuSans.ttf (or another TrueType font with æøå). */
export async function boardReportPdf(
  report: BoardReport,
  font: Uint8Array,
  lang: Lang = 'nb',
): Promise<Uint8Array> {
  const { overview } = report;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const title = translate(lang, BOARD_WORDS, 'reportTitle', { plan: overview.planName });
  doc.setTitle(title);
  doc.setLanguage(lang === 'nb' ? 'nb-NO' : 'en');
  doc.setProducer('Omstilling');
  doc.setCreator('Omstilling');
  const pen: Pen = {
    page: doc.addPage([PAGE.width, PAGE.height]),
    font: await doc.embedFont(font, { subset: true }),
  };
  const pages: PDFPage[] = [];
  const footer = () => pages.push(pen.page);

  let y = write(pen, title, MARGIN, PAGE.height - MARGIN, { size: 18 });
  y = write(
    pen,
    translate(lang, BOARD_WORDS, 'made', {
      made: dayWords(report.made)[lang],
      day: dayWords(overview.today)[lang],
    }),
    MARGIN,
    y - 2,
    { size: 9, color: MUTED },
  );
  y = headlineBoxes(pen, report, lang, y - 10);

  const split = MARGIN + 440;
  let left = write(pen, translate(lang, BOARD_WORDS, 'areasTitle', overview.period), MARGIN, y, { size: 11 });
  left = legend(pen, lang, MARGIN, left - 2);
  for (const area of overview.areas) left = areaBar(pen, area, lang, MARGIN, left, split - MARGIN - 24);
  if (overview.outsideAreas > 0) {
    write(
      pen,
      translate(lang, BOARD_WORDS, 'outsideAreas', { amount: formatKroner(overview.outsideAreas) }),
      MARGIN,
      left,
      {
        size: 8,
        color: MUTED,
        width: split - MARGIN - 24,
      },
    );
  }
  resultsTable(pen, report, lang, split, y, PAGE.width - MARGIN - split);
  footer();

  if (report.applications?.length) {
    pen.page = doc.addPage([PAGE.width, PAGE.height]);
    applicationsTable(doc, pen, report, lang, footer);
    footer();
  }
  pages.forEach((page, i) =>
    write({ page, font: pen.font }, `${title} · ${i + 1}/${pages.length}`, PAGE.width - MARGIN, MARGIN - 8, {
      size: 7,
      color: MUTED,
      align: 'right',
    }),
  );
  return doc.save();
}
