import { bilingual, defineMessages, type Bilingual } from '../messages';
import { rateFor, rateValue, type AidGrant } from '../stateAid';
import type { Finding, Plan } from '../types';
import { defineRule } from './types';

/** Grant years with no rate of their own in `Valutakurser`, each with its grants (in table order). */
export function yearsWithoutRate(grants: readonly AidGrant[], plan: Plan): Map<number, AidGrant[]> {
  const years = new Map<number, AidGrant[]>();
  for (const grant of grants) {
    if (rateFor(plan.stateAid.rates, grant.time)?.forTheYear) continue;
    const ofYear = years.get(grant.time.year);
    if (ofYear) ofYear.push(grant);
    else years.set(grant.time.year, [grant]);
  }
  return years;
}

const MEANWHILE = defineMessages({
  nearest: {
    nb: 'til da bruker kontrollen kursen {rate} for {year}',
    en: 'until then the check uses the rate {rate} for {year}',
  },
  none: {
    nb: 'til da kan ikke bagatellstøtten regnes om til euro og kontrolleres',
    en: 'until then the de minimis aid cannot be converted to euro and checked',
  },
});

/** What the check does until the rate is there: the nearest year's rate, or no conversion at all. */
export function meanwhile(plan: Plan, year: number): Bilingual {
  const nearest = rateFor(plan.stateAid.rates, { year });
  if (!nearest) return bilingual(MEANWHILE, 'none');
  return bilingual(MEANWHILE, 'nearest', {
    rate: rateValue(nearest.rate.nokPerEur),
    year: nearest.rate.year,
  });
}

/**
 * The messages of `exchange-rate-missing`, in the project catalogue (grants) and the assessment catalogue
 * (applications, src/core/assessment/rules/exchange-rate-missing.ts) alike.
 */
export const RATE_MISSING_MESSAGES = {
  noRate: {
    nb: 'Tabellen «Valutakurser» på arket Plan har ingen eurokurs for {year} ({count} med bagatellstøtte). Legg inn Norges Banks årsgjennomsnitt for EUR i {year}, eller kursen på {date}; {meanwhile}.',
    en: 'The table "Valutakurser" on the Plan sheet has no euro rate for {year} ({count} of de minimis aid). Add Norges Bank’s annual average EUR rate for {year}, or the rate on {date}; {meanwhile}.',
  },
  grants: { nb: '{n} tildelinger', en: '{n} grants' },
  oneGrant: { nb: '1 tildeling', en: '1 grant' },
  applications: { nb: '{n} søknader', en: '{n} applications' },
  oneApplication: { nb: '1 søknad', en: '1 application' },
  grantDate: { nb: 'tilsagnsdatoen', en: 'the grant date' },
  decisionDate: { nb: 'vedtaksdatoen', en: 'the decision date' },
};

export const rule = defineRule({
  id: 'exchange-rate-missing',
  name: { nb: 'Eurokurs mangler', en: 'Euro rate missing' },
  severity: 'info',
  description: {
    nb: 'Tabellen «Valutakurser» har ingen eurokurs for året til en bagatellstøtte, så den regnes om med et annet års kurs.',
    en: 'The table "Valutakurser" has no euro rate for the year of a de minimis grant, so another year’s rate is used.',
  },
  messages: RATE_MISSING_MESSAGES,
  find({ table, plan, index }, report) {
    const findings: Finding[] = [];
    for (const [year, missing] of yearsWithoutRate(index.deMinimisGrants(), plan)) {
      const first = missing[0]!.row;
      const count =
        missing.length === 1 ? report.text('oneGrant') : report.text('grants', { n: missing.length });
      findings.push(
        report.row(table, first, first.grantDate ? 'grantDate' : 'year', 'noRate', {
          year,
          count,
          date: report.text('grantDate'),
          meanwhile: meanwhile(plan, year),
        }),
      );
    }
    return findings;
  },
});
