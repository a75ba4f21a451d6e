import { meanwhile, RATE_MISSING_MESSAGES } from '../../rules/exchange-rate-missing';
import { yearOfDate } from '../../dates';
import type { Finding } from '../../types';
import type { ApplicationRow } from '../applications';
import { applicationAid, applicationBook } from '../stateAid';
import { defineAssessmentRule } from './types';

/**
 * The project catalogue's `exchange-rate-missing`, for the years of the applications: one info per year
 * whose de minimis applications have no rate of their own in `Valutakurser`.
 */
export const rule = defineAssessmentRule({
  id: 'exchange-rate-missing',
  name: { nb: 'Eurokurs mangler', en: 'Euro rate missing' },
  severity: 'info',
  description: {
    nb: 'Tabellen «Valutakurser» har ingen eurokurs for året til en søknad om bagatellstøtte, så den regnes om med et annet års kurs.',
    en: 'The table "Valutakurser" has no euro rate for the year of a de minimis application, so another year’s rate is used.',
  },
  messages: RATE_MISSING_MESSAGES,
  find({ applications, projects, plan, year: meetingYear }, report) {
    const findings: Finding[] = [];
    const book = applicationBook(plan, projects, applications.rows);
    const byYear = new Map<number, ApplicationRow[]>();
    for (const application of applications.rows) {
      const aid = applicationAid(application, book, meetingYear);
      if (aid.status !== 'judged' || !(application.applied && application.applied > 0)) continue;
      if (aid.judgement.rate?.forTheYear) continue;
      const year = yearOfDate(aid.judgement.window.to);
      byYear.set(year, [...(byYear.get(year) ?? []), application]);
    }
    for (const [year, missing] of byYear) {
      const first = missing[0]!;
      const count =
        missing.length === 1 ? report.text('oneApplication') : report.text('applications', { n: missing.length });
      findings.push(
        report.tableRow(applications, first, first.cells.grantDate ?? first.cells.year ?? first.cells.applied, 'noRate', {
          year,
          count,
          date: report.text('decisionDate'),
          meanwhile: meanwhile(plan, year),
        }),
      );
    }
    return findings;
  },
});
