import { joinBilingual, type Bilingual } from '../../messages';
import { formatKroner } from '../../money';
import { kr, quotedList } from '../../rules/helpers';
import type { Report } from '../../rules/types';
import { formatEuro, linkedCompanies, ratesText, regulationText, windowText, type AidJudgement } from '../../stateAid';
import { yearOfDate } from '../../dates';
import type { Finding } from '../../types';
import type { ApplicationRow } from '../applications';
import { applicationAid, applicationBook, recipientOf } from '../stateAid';
import { defineAssessmentRule } from './types';

type Phrase = 'declared' | 'linked' | 'noDate';

function details(judgement: AidJudgement, application: ApplicationRow, report: Report<Phrase | 'overCeiling'>): Bilingual {
  const parts: Bilingual[] = [];
  if (judgement.declared) parts.push(report.text('declared', { declared: kr(judgement.declared.nok) }));
  const linked = linkedCompanies(judgement, recipientOf(application));
  if (linked.length) parts.push(report.text('linked', { companies: quotedList(linked) }));
  if (!application.grantDate) parts.push(report.text('noDate', { year: yearOfDate(judgement.window.to) }));
  const joined = joinBilingual(parts, '; ');
  return parts.length ? { nb: `; ${joined.nb}`, en: `; ${joined.en}` } : { nb: '', en: '' };
}

export const rule = defineAssessmentRule({
  id: 'applicant-de-minimis',
  name: { nb: 'Søker over de minimis-grensen', en: 'Applicant over the de minimis ceiling' },
  severity: 'warning',
  description: {
    nb: 'Søkerens bagatellstøtte i vinduet til forordningen som gjelder på vedtaksdatoen, og denne søknaden, er til sammen over taket.',
    en: 'The applicant’s de minimis aid in the window of the regulation in force on the decision date, plus this application, exceeds the ceiling.',
  },
  messages: {
    overCeiling: {
      nb: '«{who}» har fått {before} i bagatellmessig støtte i {window} etter {regulation}; med denne søknaden ({applied}) blir det {total} ≈ {euro} euro med {rates}, over taket på {ceiling} euro{details} — sjekk søkerens erklæring om annen bagatellstøtte før styret vedtar.',
      en: '"{who}" has received {before} of de minimis aid in {window} under {regulation}; with this application ({applied}) it comes to {total} ≈ EUR {euro} at {rates}, above the ceiling of EUR {ceiling}{details} — check the applicant’s declaration of other de minimis aid before the board decides.',
    },
    declared: {
      nb: 'medregnet {declared} bagatellstøtte fra andre støttegivere søkeren har oppgitt',
      en: 'including {declared} of de minimis aid from other givers the applicant declared',
    },
    linked: { nb: 'regnet som ett foretak med {companies}', en: 'counted as one single undertaking with {companies}' },
    noDate: {
      nb: 'søknaden har ingen tilsagnsdato, så året {year} er brukt',
      en: 'the application has no grant date, so the year {year} is used',
    },
  },
  headline: {
    nb: 'Over taket for bagatellstøtte: med denne søknaden blir søkerens støtte {total}, mer enn regelverket tillater.',
    en: 'Over the de minimis ceiling: with this application the applicant’s aid comes to {total}, more than the rules allow.',
  },
  find({ applications, projects, plan, year: meetingYear }, report) {
    const findings: Finding[] = [];
    const book = applicationBook(plan, projects, applications.rows);
    for (const application of applications.rows) {
      const aid = applicationAid(application, book, meetingYear);
      if (aid.status !== 'judged' || !aid.exceeded) continue;
      const { judgement } = aid;
      const applied = application.applied ?? 0;
      findings.push(
        report.tableRow(applications, application, application.cells.applied, 'overCeiling', {
          who: application.applicant ?? application.orgNo ?? '',
          before: kr(judgement.totalNok - applied),
          window: windowText(judgement.window),
          regulation: regulationText(judgement.regulation),
          applied: kr(applied),
          total: kr(judgement.totalNok),
          euro: formatEuro(judgement.totalEurCents),
          rates: ratesText(judgement, yearOfDate(judgement.window.to)),
          ceiling: formatKroner(judgement.regulation.ceilingEur),
          details: details(judgement, application, report),
        }),
      );
    }
    return findings;
  },
});
