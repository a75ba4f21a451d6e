/**
 * What `omstilling statsstøtte` reports: per single undertaking, its de minimis aid in the window of a day
 * (today, or --dato) and the room left under the ceiling in euro and kroner; and the grants of EUR 100 000
 * or more with the fields a report to Registeret for offentlig støtte asks for (støtteprosessloven § 7 and
 * forskrift om registrering av offentlig støtte, which follow GBER (EU) No 651/2014 Annex III: beneficiary,
 * its identifier, type of enterprise, region (NUTS 2), sector (NACE), aid element in national currency,
 * aid instrument, date of granting, objective, granting authority, aid measure reference). Fields the
 * workbook does not hold are null, for the case officer to fill in.
 */
import { yearOfDate } from './dates';
import { fieldCell } from './projects';
import { usedAmount } from './rules/helpers';
import {
  AidBook,
  deMinimisGrants,
  eurCentsToNok,
  isPublicApplicant,
  nokToEurCents,
  rateFor,
  REGISTER_THRESHOLD_EUR,
  type AidGrant,
} from './stateAid';
import type { AidBasis, IsoDate, Plan, ProjectTable } from './types';

export interface UndertakingAid {
  /** The first company's name (else org.nr) as the table writes it. */
  name: string;
  companies: { applicant: string | null; orgNo: string | null }[];
  groups: string[];
  /** Null when no regulation was in force on the day. */
  regulation: string | null;
  ceilingEur: number | null;
  window: { from: IsoDate; to: IsoDate } | null;
  grants: number;
  /** This programme's de minimis grants in the window plus the latest declared aid from other givers. */
  aidNok: number;
  aidEur: number;
  declaredOtherNok: number;
  /** Ceiling − aid, whole euro (negative when past the ceiling). */
  roomEur: number | null;
  /** The room at the day's rate, whole kroner rounded down; null without any rate. */
  roomNok: number | null;
  rate: { nokPerEur: number; year: number; date: IsoDate | null; forTheYear: boolean } | null;
  /** Every grant in the window had a rate of its own year (else the nearest year's was used). */
  ratesComplete: boolean;
}

export interface RegisterGrant {
  project: string | null;
  sheet: string;
  cell: string;
  beneficiary: string | null;
  beneficiaryId: string | null;
  /** SMB or large enterprise on the grant date: not in the workbook. */
  enterpriseType: null;
  /** NUTS 2 region: not in the workbook. */
  region: null;
  /** NACE group: not in the workbook. */
  sector: null;
  aidNok: number;
  aidEur: number;
  instrument: 'Tilskudd';
  grantDate: IsoDate | null;
  year: number;
  objective: string | null;
  grantingAuthority: string;
  aidBasis: string;
}

export interface StateAidReport {
  asOf: IsoDate;
  undertakings: UndertakingAid[];
  registerGrants: RegisterGrant[];
}

const euro = (cents: number) => Math.round(cents / 100);

function undertakingAid(book: AidBook, grants: AidGrant[], asOf: IsoDate): UndertakingAid {
  const first = grants[0]!.recipient;
  const companies = new Map<string, { applicant: string | null; orgNo: string | null }>();
  for (const { recipient } of grants) {
    const key = recipient.orgNo ?? recipient.applicant ?? '';
    if (!companies.has(key))
      companies.set(key, { applicant: recipient.applicant ?? null, orgNo: recipient.orgNo ?? null });
  }
  const groups = [...new Set(grants.map((g) => g.recipient.group).filter((g): g is string => Boolean(g)))];
  const judgement = book.judge(first, { date: asOf, year: yearOfDate(asOf) });
  const base = { name: first.applicant ?? first.orgNo ?? '', companies: [...companies.values()], groups };
  if (!judgement) {
    return {
      ...base,
      regulation: null,
      ceilingEur: null,
      window: null,
      grants: 0,
      aidNok: 0,
      aidEur: 0,
      declaredOtherNok: 0,
      roomEur: null,
      roomNok: null,
      rate: null,
      ratesComplete: true,
    };
  }
  const rate = judgement.rate;
  return {
    ...base,
    regulation: judgement.regulation.name,
    ceilingEur: judgement.regulation.ceilingEur,
    window: { from: judgement.window.from, to: judgement.window.to },
    grants: judgement.grants.length,
    aidNok: judgement.totalNok,
    aidEur: euro(judgement.totalEurCents),
    declaredOtherNok: judgement.declared?.nok ?? 0,
    roomEur: euro(judgement.roomCents),
    roomNok: rate ? eurCentsToNok(Math.max(judgement.roomCents, 0), rate.rate.nokPerEur) : null,
    rate: rate
      ? {
          nokPerEur: rate.rate.nokPerEur,
          year: rate.rate.year,
          date: rate.rate.date ?? null,
          forTheYear: rate.forTheYear,
        }
      : null,
    ratesComplete: judgement.grants.every((g) => g.rate?.forTheYear),
  };
}

/** «Vestre Toten kommune (Omstillingsplan 2013–2015)». */
function authorityOf(plan: Plan): string {
  const municipality = /kommune$/i.test(plan.municipality)
    ? plan.municipality
    : `${plan.municipality} kommune`;
  return `${municipality} (${plan.name})`;
}

const BASIS_WORDS: Record<Exclude<AidBasis, 'notAid'>, string> = {
  deMinimis: 'Bagatellmessig støtte',
  blockExemption: 'Gruppeunntak',
  otherBasis: 'Annet grunnlag',
};

/** The report for `asOf`: the undertakings in table order, then the grants at or above EUR 100 000. */
export function stateAidReport(plan: Plan, table: ProjectTable, asOf: IsoDate): StateAidReport {
  const book = new AidBook(plan, deMinimisGrants(table.rows, plan, usedAmount));
  const undertakings = book
    .byUndertaking()
    .map((grants) => undertakingAid(book, grants, asOf))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const registerGrants: RegisterGrant[] = [];
  for (const row of table.rows) {
    const year = row.grantDate ? yearOfDate(row.grantDate) : row.year;
    const nok = row.granted ?? 0;
    if (year === undefined || nok <= 0 || row.aidBasis === 'notAid') continue;
    if (isPublicApplicant({ applicant: row.applicant, orgNo: row.orgNo }, plan)) continue;
    const rate = rateFor(plan.stateAid.rates, row.grantDate ? { date: row.grantDate, year } : { year });
    if (!rate) continue;
    const eurCents = nokToEurCents(nok, rate.rate.nokPerEur);
    if (eurCents < REGISTER_THRESHOLD_EUR * 100) continue;
    registerGrants.push({
      project: row.id ?? null,
      sheet: table.sheet,
      cell: fieldCell(table, row, 'granted') ?? '',
      beneficiary: row.applicant ?? null,
      beneficiaryId: row.orgNo ?? null,
      enterpriseType: null,
      region: null,
      sector: null,
      aidNok: nok,
      aidEur: euro(eurCents),
      instrument: 'Tilskudd',
      grantDate: row.grantDate ?? null,
      year,
      objective: row.name ?? null,
      grantingAuthority: authorityOf(plan),
      aidBasis: BASIS_WORDS[row.aidBasis ?? 'deMinimis'],
    });
  }
  return { asOf, undertakings, registerGrants };
}
