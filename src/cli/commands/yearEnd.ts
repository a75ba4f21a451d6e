/** `omstilling årsoppgjør` / `year-end`: granted, paid, returned, commitments and the fund at a date. */
import { writeYearEndSheet, yearEndOf } from '../../app/finance';
import { formatDate, isYear, parseDateCell, YEARS } from '../../core/dates';
import { defineMessages, translate, type Lang, type MessageData } from '../../core/messages';
import { parseAmount } from '../../core/money';
import { promises as fs } from 'node:fs';
import { EXIT, type Command } from '../context';
import { json, kroner, printable, renderTable } from '../format';
import { PLAN_SOURCE, usageError } from '../messages';
import { openWorkbookFile, workbookBytes } from '../workbook';
import { inputProblem, writeNewFile } from '../input';
import { XlsxWorkbookPort } from '../../xlsx/xlsxPort';
import { onePath, outputPath, refuseWritingOver } from './options';

const TEXT = defineMessages({
  heading: { nb: 'Årsoppgjør {year} per {date}', en: 'Year-end statement {year} at {date}' },
  perArea: { nb: 'Per innsatsområde og tilsagnsår', en: 'Per focus area and year of grant' },
  areaColumns: {
    nb: 'Tilsagnsår|Innsatsområde|Bevilget|Utbetalt|Tilbakebetalt|Forpliktelser',
    en: 'Grant year|Focus area|Granted|Paid|Returned|Commitments',
  },
  total: { nb: 'Sum', en: 'Total' },
  unknownArea: { nb: '(ukjent område)', en: '(unknown area)' },
  sources: {
    nb: 'Årets utbetalinger fordelt på finansieringskildene',
    en: "The year's payments split between the financing sources",
  },
  sourceColumns: { nb: 'Kilde|Andel|Beløp', en: 'Source|Share|Amount' },
  noSources: {
    nb: 'Planen har ingen finansiering i {year}: utbetalingene kan ikke fordeles på kilder.',
    en: 'The plan has no financing in {year}: the payments cannot be split between sources.',
  },
  fund: { nb: 'Bundet driftsfond', en: 'Restricted operating fund (bundet driftsfond)' },
  opening: { nb: 'Inngående saldo 1.1.', en: 'Opening balance 1 Jan' },
  received: { nb: 'Mottatt i året', en: 'Received in the year' },
  receivedTyped: { nb: 'Mottatt i året (oppgitt)', en: 'Received in the year (typed)' },
  paid: { nb: 'Utbetalt netto i året', en: 'Paid net in the year' },
  closing: { nb: 'Utgående saldo', en: 'Closing balance' },
  beforePeriod: {
    nb: 'Utbetalinger før planperioden ({amount}) hører til forrige periodes fond og er holdt utenfor.',
    en: 'Payments before the plan period ({amount}) belong to the previous period’s fund and are left out.',
  },
  badYear: {
    nb: '--år må være et årstall fra {first} til {last}, f.eks. 2014.',
    en: '--year must be a year from {first} to {last}, e.g. 2014.',
  },
  badDate: {
    nb: '--dato må være en dato, f.eks. 31.12.2014.',
    en: '--date must be a date, e.g. 31.12.2014.',
  },
  written: {
    nb: 'Skrev arket «Årsoppgjør» med SUMMER-formler i en kopi: {file}.',
    en: 'Wrote the sheet "Årsoppgjør" with SUM formulas into a copy: {file}.',
  },
  badReceived: {
    nb: '--mottatt må være et beløp i hele kroner.',
    en: '--received must be an amount in whole kroner.',
  },
});

const say = (lang: Lang, id: keyof typeof TEXT, data?: MessageData) => translate(lang, TEXT, id, data);
const fail = (id: keyof typeof TEXT, data?: MessageData) => usageError(TEXT, id, data);

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const path = onePath(args, {
    nb: 'arbeidsboken (omstilling årsoppgjør <fil.xlsx>)',
    en: 'the workbook (omstilling year-end <file.xlsx>)',
  });
  const yearText = args.options.year;
  const dateText = args.options.date;
  const receivedText = args.options.received;
  let year: number | undefined;
  if (typeof yearText === 'string') {
    year = Number(yearText);
    if (!/^\d{4}$/.test(yearText.trim()) || !isYear(year)) throw fail('badYear', YEARS);
  }
  let date: string | undefined;
  if (typeof dateText === 'string') {
    date = parseDateCell(dateText);
    if (!date) throw fail('badDate');
  }
  let received: number | undefined;
  if (typeof receivedText === 'string') {
    const parsed = parseAmount(receivedText);
    if (parsed.kind !== 'number') throw fail('badReceived');
    received = parsed.value;
  }
  const out = typeof args.options.out === 'string' ? outputPath(args.options.out, 'workbook') : undefined;
  const force = args.options.force === true;
  refuseWritingOver(path, [out]);
  if (out && !force && (await exists(out))) throw inputProblem('file-exists', out);
  const port = await openWorkbookFile(path);
  const result = await yearEndOf(port, { year: date ? Number(date.slice(0, 4)) : year, date, received });
  const { statement } = result;
  if (out && port instanceof XlsxWorkbookPort) {
    // The sheet goes into a copy: the workbook the user gave is never changed.
    await writeYearEndSheet(port, result);
    await writeNewFile(out, await workbookBytes(port), force);
  }
  if (asJson) {
    io.out(json({ yearEnd: statement, plan: result.plan, ...(out ? { written: out } : {}) }));
    return EXIT.ok;
  }
  const lines = [
    say(lang, 'heading', { year: statement.year, date: formatDate(statement.date) }),
    PLAN_SOURCE[result.plan][lang],
    '',
  ];
  lines.push(say(lang, 'perArea'));
  const t = statement.totals;
  lines.push(
    renderTable(
      [
        say(lang, 'areaColumns').split('|'),
        ...statement.perAreaYear.map((row) => [
          String(row.grantYear),
          printable(row.area) || say(lang, 'unknownArea'),
          kroner(row.granted),
          kroner(row.paid),
          kroner(row.returned),
          kroner(row.commitments),
        ]),
        [
          say(lang, 'total'),
          '',
          kroner(t.granted),
          kroner(t.paid),
          kroner(t.returned),
          kroner(t.commitments),
        ],
      ],
      ['left', 'left', 'right', 'right', 'right', 'right'],
    ),
  );
  lines.push('', say(lang, 'sources'));
  if (statement.sources.length === 0) lines.push(say(lang, 'noSources', { year: statement.year }));
  else {
    lines.push(
      renderTable(
        [
          say(lang, 'sourceColumns').split('|'),
          ...statement.sources.map((s) => [
            printable(s.source),
            `${(s.share * 100).toFixed(1).replace('.', lang === 'nb' ? ',' : '.')} %`,
            kroner(s.amount),
          ]),
        ],
        ['left', 'right', 'right'],
      ),
    );
  }
  const { fund } = statement;
  lines.push('', say(lang, 'fund'));
  lines.push(
    renderTable(
      [
        [say(lang, 'opening'), kroner(fund.opening)],
        [say(lang, statement.receivedFrom === 'typed' ? 'receivedTyped' : 'received'), kroner(fund.received)],
        [say(lang, 'paid'), kroner(fund.paid === 0 ? 0 : -fund.paid)],
        [say(lang, 'closing'), kroner(fund.closing)],
      ],
      ['left', 'right'],
    ),
  );
  if (statement.paidBeforePeriod !== 0)
    lines.push('', say(lang, 'beforePeriod', { amount: kroner(statement.paidBeforePeriod) }));
  if (out) lines.push('', say(lang, 'written', { file: printable(out) }));
  io.out(lines.join('\n'));
  return EXIT.ok;
};

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );
