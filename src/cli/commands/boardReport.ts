/**
 * `omstilling styrerapport` / `board-report`: the board's report of a workbook — the sheet «Styrerapport»
 * (values only) written into a copy, and with --pdf the same report as a PDF for the meeting papers.
 * The workbook given is never changed. Its spelling and help are in src/cli/commandList.ts.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { boardReportPdf } from '../../app/boardPdf';
import { boardReportOf, writeBoardReport, type BoardReport } from '../../app/boardReport';
import { BOARD_WORDS } from '../../core/boardReport';
import { defineMessages, translate, type Lang, type MessageData } from '../../core/messages';
import { formatNumber } from '../../core/money';
import { dayWords, isoDay, VERDICT_WORDS } from '../../core/today';
import { XlsxWorkbookPort } from '../../xlsx/xlsxPort';
import { EXIT, type Command } from '../context';
import { json, kroner, printable, renderTable } from '../format';
import { writeNewFiles } from '../input';
import { openWorkbookFile, workbookBytes } from '../workbook';
import { dayOption, onePath, outputPath, refuseWritingOver } from './options';

const TEXT = defineMessages({
  wroteSheet: {
    nb: 'Skrev arket «Styrerapport» (bare verdier, A4 liggende, én side) i en kopi: {file}.',
    en: 'Wrote the sheet "Styrerapport" (values only, A4 landscape, one page) into a copy: {file}.',
  },
  wrotePdf: { nb: 'Skrev PDF-en: {file}.', en: 'Wrote the PDF: {file}.' },
  applications: {
    nb: '{count} søknader i innstillingen, {warned} med merknad.',
    en: '{count} applications in the recommendation, {warned} with a remark.',
  },
  noApplications: {
    nb: 'Ingen søknader («Søknader» finnes ikke): rapporten har ingen innstilling.',
    en: 'No applications ("Søknader" is missing): the report has no recommendation.',
  },
});

const say = (lang: Lang, id: keyof typeof TEXT, data?: MessageData) => translate(lang, TEXT, id, data);
const word = (lang: Lang, id: keyof typeof BOARD_WORDS, data?: MessageData) =>
  translate(lang, BOARD_WORDS, id, data);

/** DejaVu Sans from the dejavu-fonts-ttf package: æøå and «» in every PDF reader. */
async function reportFont(): Promise<Uint8Array> {
  const file = createRequire(__filename).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
  return new Uint8Array(await fs.readFile(file));
}

/** The copy's name when --ut is not given: «arbeidsbok-styrerapport.xlsx» beside the workbook. */
function copyName(workbook: string): string {
  const { dir, name } = path.parse(workbook);
  return path.join(dir, `${name}-styrerapport.xlsx`);
}

function summary(report: BoardReport, lang: Lang): string[] {
  const { overview } = report;
  const areas = renderTable(
    [
      [
        word(lang, 'area'),
        word(lang, 'frame'),
        word(lang, 'granted'),
        word(lang, 'paid'),
        word(lang, 'remaining'),
      ],
      ...overview.areas.map((a) => [
        printable(a.area),
        ...[a.frame, a.granted, a.paid, a.remaining].map(kroner),
      ]),
    ],
    ['left', 'right', 'right', 'right', 'right'],
  );
  const results = renderTable(
    overview.results.map((r) => [
      r.label[lang],
      `${formatNumber(r.actual)} / ${formatNumber(r.target)}`,
      translate(lang, VERDICT_WORDS, r.status),
    ]),
    ['left', 'right', 'left'],
  );
  return [
    word(lang, 'reportTitle', { plan: printable(overview.planName) }),
    word(lang, 'made', { made: dayWords(report.made)[lang], day: dayWords(overview.today)[lang] }),
    '',
    word(lang, 'areasTitle', overview.period),
    areas,
    '',
    word(lang, 'resultsTitle'),
    results,
    '',
    report.applications
      ? say(lang, 'applications', {
          count: report.applications.length,
          warned: report.applications.filter((a) => a.warnings > 0).length,
        })
      : say(lang, 'noApplications'),
  ];
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const workbook = onePath(args, {
    nb: 'arbeidsboken (omstilling styrerapport <fil.xlsx>)',
    en: 'the workbook (omstilling board-report <file.xlsx>)',
  });
  const today = dayOption(args.options.date);
  const force = args.options.force === true;
  const out =
    typeof args.options.out === 'string' ? outputPath(args.options.out, 'workbook') : copyName(workbook);
  const pdf = typeof args.options.pdf === 'string' ? outputPath(args.options.pdf, 'pdf') : undefined;
  refuseWritingOver(workbook, [out, pdf]);
  const port = await openWorkbookFile(workbook);
  const report = await boardReportOf(port, today);
  // The sheet goes into a copy: the workbook the user gave is never changed.
  await writeBoardReport(port, report);
  // Both files or neither: a PDF path that cannot be written leaves no sheet copy behind either.
  await writeNewFiles(
    [
      ...(port instanceof XlsxWorkbookPort ? [{ path: out, bytes: await workbookBytes(port) }] : []),
      ...(pdf ? [{ path: pdf, bytes: await boardReportPdf(report, await reportFont(), lang) }] : []),
    ],
    force,
  );

  if (asJson) {
    io.out(
      json({
        written: out,
        ...(pdf ? { pdf } : {}),
        today: isoDay(today),
        overview: report.overview,
        applications: report.applications,
      }),
    );
    return EXIT.ok;
  }
  io.out(
    [
      ...summary(report, lang),
      '',
      say(lang, 'wroteSheet', { file: printable(out) }),
      ...(pdf ? [say(lang, 'wrotePdf', { file: printable(pdf) })] : []),
    ].join('\n'),
  );
  return EXIT.ok;
};
