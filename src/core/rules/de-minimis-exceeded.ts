import { joinBilingual, type Bilingual } from '../messages';
import { formatKroner } from '../money';
import {
  couldPassCeiling,
  formatEuro,
  inWindow,
  linkedCompanies,
  ratesText,
  regulationText,
  RunningAid,
  windowText,
  type AidGrant,
  type AidJudgement,
} from '../stateAid';
import type { Finding } from '../types';
import { kr, quotedList } from './helpers';
import { defineRule, type Report } from './types';

type Phrase = 'declared' | 'linked' | 'noDate';

/** What the message adds after the sum: other givers' aid, linked companies, a missing grant date. */
function details(
  judgement: AidJudgement,
  grant: AidGrant,
  report: Report<Phrase | 'overCeiling'>,
): Bilingual {
  const parts: Bilingual[] = [];
  if (judgement.declared) parts.push(report.text('declared', { declared: kr(judgement.declared.nok) }));
  const linked = linkedCompanies(judgement, grant.recipient);
  if (linked.length) parts.push(report.text('linked', { companies: quotedList(linked) }));
  if (!grant.time.date) parts.push(report.text('noDate', { year: grant.time.year }));
  const joined = joinBilingual(parts, '; ');
  return parts.length ? { nb: `; ${joined.nb}`, en: `; ${joined.en}` } : { nb: '', en: '' };
}

export const rule = defineRule({
  id: 'de-minimis-exceeded',
  name: { nb: 'Over de minimis-grensen', en: 'De minimis ceiling exceeded' },
  severity: 'warning',
  description: {
    nb: 'Et foretak har fått mer bagatellmessig støtte enn taket i forordningen som gjaldt på tilsagnsdatoen.',
    en: 'An undertaking has received more de minimis aid than the ceiling of the regulation in force on the grant date.',
  },
  messages: {
    overCeiling: {
      nb: '«{who}» har fått {total} i bagatellmessig støtte i {window} etter {regulation}: ≈ {euro} euro med {rates}, over taket på {ceiling} euro{details} — sjekk søkerens erklæring om annen bagatellstøtte før utbetaling.',
      en: '"{who}" has received {total} of de minimis aid in {window} under {regulation}: ≈ EUR {euro} at {rates}, above the ceiling of EUR {ceiling}{details} — check the applicant’s declaration of other de minimis aid before paying out.',
    },
    declared: {
      nb: 'av dette er {declared} bagatellstøtte fra andre støttegivere søkeren har oppgitt',
      en: 'of which {declared} is de minimis aid from other givers the applicant declared',
    },
    linked: {
      nb: 'regnet som ett foretak med {companies}',
      en: 'counted as one single undertaking with {companies}',
    },
    noDate: {
      nb: 'tilsagnsdato mangler, så året {year} er brukt',
      en: 'the grant date is missing, so the year {year} is used',
    },
  },
  find({ table, plan, index }, report) {
    const findings: Finding[] = [];
    for (const ordered of index.aidBook().byUndertaking()) {
      if (!couldPassCeiling(plan, ordered)) continue;
      const running = new RunningAid(plan, ordered);
      const flagged: AidGrant[] = [];
      ordered.forEach((grant, index) => {
        const total = running.at(index);
        if (!total?.exceeded) return;
        // One finding per time the ceiling is passed: a later grant whose window still holds the grant
        // already flagged says nothing new.
        if (flagged.some((earlier) => inWindow(total.window, earlier.time))) return;
        const judgement = running.judgement(index, total.first) as AidJudgement;
        flagged.push(grant);
        findings.push(
          report.row(table, grant.row, 'granted', 'overCeiling', {
            who: grant.recipient.applicant ?? grant.recipient.orgNo ?? '',
            total: kr(judgement.totalNok),
            window: windowText(judgement.window),
            regulation: regulationText(judgement.regulation),
            euro: formatEuro(judgement.totalEurCents),
            rates: ratesText(judgement, grant.time.year),
            ceiling: formatKroner(judgement.regulation.ceilingEur),
            details: details(judgement, grant, report),
          }),
        );
      });
    }
    return findings;
  },
});
