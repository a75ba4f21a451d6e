/**
 * `omstilling statsstøtte` / `state-aid`: per single undertaking the de minimis aid in its current window and
 * the room left under the ceiling (euro and kroner), and the grants of EUR 100 000 or more with the fields a
 * report to Registeret for offentlig støtte needs. Text, `--json`, or `--csv` (two tables, «;»-separated,
 * as Norwegian Excel opens them, with an empty line between).
 */
import Papa from 'papaparse';
import { stateAidOf } from '../../app/stateAid';
import { formatDate } from '../../core/dates';
import { defineMessages, translate } from '../../core/messages';
import type { RegisterGrant, UndertakingAid } from '../../core/stateAidReport';
import { isoDay } from '../../core/today';
import { EXIT, type Command } from '../context';
import { json, kroner, printable, renderTable } from '../format';
import { PLAN_SOURCE, type Lang } from '../messages';
import { openWorkbookFile } from '../workbook';
import { dayOption, onePath } from './options';

const WORDS = defineMessages({
  asOf: {
    nb: 'Bagatellstøtte per {day}, per foretak (konsern samlet)',
    en: 'De minimis aid as of {day}, per single undertaking',
  },
  register: {
    nb: 'Tildelinger på 100 000 euro eller mer (meldes til Registeret for offentlig støtte)',
    en: 'Grants of EUR 100 000 or more (to report to Registeret for offentlig støtte)',
  },
  none: { nb: 'Ingen.', en: 'None.' },
  notInWorkbook: {
    nb: 'Foretakstype (SMB/stort), region (NUTS 2) og næring (NACE) står ikke i arbeidsboken: fyll dem inn i meldingen.',
    en: 'Type of enterprise (SME/large), region (NUTS 2) and sector (NACE) are not in the workbook: fill them in when reporting.',
  },
});

const UNDERTAKING_HEADERS: Record<Lang, string[]> = {
  nb: [
    'Foretak',
    'Org.nr',
    'Konsern',
    'Forordning',
    'Fra',
    'Til',
    'Tak (EUR)',
    'Støtte (kr)',
    'Støtte (EUR)',
    'Annen støtte (kr)',
    'Igjen (EUR)',
    'Igjen (kr)',
    'Kurs',
    'Kursår',
  ],
  en: [
    'Undertaking',
    'Org. no.',
    'Group',
    'Regulation',
    'From',
    'To',
    'Ceiling (EUR)',
    'Aid (NOK)',
    'Aid (EUR)',
    'Other aid (NOK)',
    'Left (EUR)',
    'Left (NOK)',
    'Rate',
    'Rate year',
  ],
};

const GRANT_HEADERS: Record<Lang, string[]> = {
  nb: [
    'Prosjektnr',
    'Støttemottaker',
    'Org.nr',
    'Foretakstype',
    'Region',
    'Næring',
    'Beløp (kr)',
    'Beløp (EUR)',
    'Støtteinstrument',
    'Tildelingsdato',
    'År',
    'Formål',
    'Støttegiver',
    'Grunnlag',
    'Celle',
  ],
  en: [
    'Project no.',
    'Beneficiary',
    'Org. no.',
    'Enterprise type',
    'Region',
    'Sector',
    'Amount (NOK)',
    'Amount (EUR)',
    'Aid instrument',
    'Date of granting',
    'Year',
    'Objective',
    'Granting authority',
    'Basis',
    'Cell',
  ],
};

type Cell = string | number | null;

function undertakingRow(u: UndertakingAid): Cell[] {
  return [
    u.name,
    u.companies
      .map((c) => c.orgNo)
      .filter(Boolean)
      .join(', '),
    u.groups.join(', '),
    u.regulation,
    u.window?.from ?? null,
    u.window?.to ?? null,
    u.ceilingEur,
    u.aidNok,
    u.aidEur,
    u.declaredOtherNok,
    u.roomEur,
    u.roomNok,
    u.rate?.nokPerEur ?? null,
    u.rate ? (u.rate.date ?? String(u.rate.year)) : null,
  ];
}

function grantRow(g: RegisterGrant): Cell[] {
  return [
    g.project,
    g.beneficiary,
    g.beneficiaryId,
    g.enterpriseType,
    g.region,
    g.sector,
    g.aidNok,
    g.aidEur,
    g.instrument,
    g.grantDate,
    g.year,
    g.objective,
    g.grantingAuthority,
    g.aidBasis,
    `${g.sheet}!${g.cell}`,
  ];
}

/** Text cells for the terminal: kroner grouped, dates dd.mm.yyyy, nothing for null. */
function shownCell(cell: Cell, header: string): string {
  if (cell === null) return '–';
  if (typeof cell === 'number')
    return /Kurs|Rate/.test(header) ? String(cell).replace('.', ',') : kroner(cell);
  return /^\d{4}-\d{2}-\d{2}$/.test(cell) ? formatDate(cell) : printable(cell);
}

function csv(headers: string[], rows: Cell[][]): string {
  return Papa.unparse(
    { fields: headers, data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { delimiter: ';' },
  );
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const path = onePath(args, {
    nb: 'arbeidsboken (omstilling statsstøtte <fil.xlsx>)',
    en: 'the workbook (omstilling state-aid <file.xlsx>)',
  });
  const day = dayOption(args.options.date);
  const { report, plan } = await stateAidOf(await openWorkbookFile(path), isoDay(day));
  if (asJson) {
    io.out(json({ stateAid: report, plan }));
    return EXIT.ok;
  }
  const undertakings = report.undertakings.map(undertakingRow);
  const grants = report.registerGrants.map(grantRow);
  if (args.options.csv) {
    io.out(`${csv(UNDERTAKING_HEADERS[lang], undertakings)}\n\n${csv(GRANT_HEADERS[lang], grants)}`);
    return EXIT.ok;
  }
  const table = (headers: string[], rows: Cell[][]) =>
    renderTable([headers, ...rows.map((row) => row.map((cell, i) => shownCell(cell, headers[i])))]);
  const out = [PLAN_SOURCE[plan][lang], '', translate(lang, WORDS, 'asOf', { day: formatDate(report.asOf) })];
  out.push(
    undertakings.length ? table(UNDERTAKING_HEADERS[lang], undertakings) : translate(lang, WORDS, 'none'),
  );
  out.push('', translate(lang, WORDS, 'register'));
  out.push(grants.length ? table(GRANT_HEADERS[lang], grants) : translate(lang, WORDS, 'none'));
  if (grants.length) out.push(translate(lang, WORDS, 'notInWorkbook'));
  io.out(out.join('\n'));
  return EXIT.ok;
};
