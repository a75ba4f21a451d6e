import { isBlank } from '../../cells';
import { shown, typed } from '../../rules/helpers';
import { normalize } from '../../text';
import type { Finding } from '../../types';
import type { ApplicationRow } from '../applications';

import { defineAssessmentRule } from './types';

export const rule = defineAssessmentRule({
  id: 'duplicate-application-id',
  name: { nb: 'Søknadsnummer brukt to ganger', en: 'Duplicate application number' },
  severity: 'error',
  description: {
    nb: 'Hver søknad skal ha sitt eget søknadsnummer.',
    en: 'Every application needs an application number of its own.',
  },
  messages: {
    duplicate: {
      nb: 'Søknadsnr «{id}» står også på rad {earlier} — gi søknaden et eget nummer, eller slett raden om den er en kopi (ellers rangeres den og trekker fra rammen to ganger).',
      en: 'Application no. "{id}" is also on row {earlier} — give the application a number of its own, or delete the row if it is a copy (otherwise it is ranked and drawn from the frame twice).',
    },
  },
  headline: {
    nb: 'Søknadsnummeret {id} står også på rad {earlier} — søknaden kan bli behandlet to ganger.',
    en: 'The application number {id} is also on row {earlier} — it may be dealt with twice.',
  },
  find({ applications }, report) {
    const findings: Finding[] = [];
    const first = new Map<string, ApplicationRow>();
    for (const application of applications.rows) {
      const raw = application.raw.id;
      if (raw === undefined || isBlank(raw)) continue;
      const key = normalize(shown(raw, 'en'));
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, application);
        continue;
      }
      findings.push(
        report.tableRow(applications, application, application.cells.id, 'duplicate', {
          id: typed(raw),
          earlier: earlier.row,
        }),
      );
    }
    return findings;
  },
});
