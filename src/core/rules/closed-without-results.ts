import { isBlank } from '../cells';
import type { Finding, ProjectField } from '../types';
import { quotedName } from './helpers';
import { defineRule } from './types';

const RESULT_FIELDS: ProjectField[] = ['newJobs', 'securedJobs', 'newCompanies', 'leveragedFunding'];

export const rule = defineRule({
  id: 'closed-without-results',
  name: { nb: 'Avsluttet uten resultater', en: 'Closed without results' },
  severity: 'info',
  description: {
    nb: 'Et avsluttet prosjekt har ingen resultater ført (arbeidsplasser, bedrifter, utløst finansiering).',
    en: 'A closed project has no results recorded (jobs, companies, leveraged funding).',
  },
  messages: {
    noResults: {
      nb: 'Prosjektet{name} er avsluttet, men ingen resultater er ført — skriv inn nye og sikrede arbeidsplasser, nye bedrifter og utløst finansiering (0 om det ikke ble noen).',
      en: 'Project{name} is closed, but no results are recorded — enter new and secured jobs, new companies and leveraged funding (0 if there were none).',
    },
  },
  find({ table }, report) {
    const mapped = RESULT_FIELDS.filter((field) => table.mapping[field] !== undefined);
    // Without any result column there is nowhere to record results: nothing to ask for row by row.
    if (mapped.length === 0) return [];
    const findings: Finding[] = [];
    for (const row of table.rows) {
      if (row.status !== 'closed' || !mapped.every((field) => isBlank(row.raw[field]))) continue;
      findings.push(report.row(table, row, mapped[0]!, 'noResults', { name: quotedName(row.name) }));
    }
    return findings;
  },
});
