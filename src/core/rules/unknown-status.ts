import { STATUS_LABELS, matchStatus } from '../projects';
import type { Finding } from '../types';
import { isBlank, rowFinding, shown } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'unknown-status',
  severity: 'error',
  description: {
    nb: 'Status må være Aktiv, Avsluttet eller Trukket (tom celle betyr Aktiv).',
    en: 'The status must be Aktiv, Avsluttet or Trukket (active, closed, withdrawn; empty means active).',
  },
  check({ table }) {
    const findings: Finding[] = [];
    const labels = Object.values(STATUS_LABELS)
      .map((label) => `«${label.nb}»`)
      .join(', ');
    for (const row of table.rows) {
      const raw = row.raw.status;
      if (row.status !== undefined || isBlank(raw) || raw === undefined) continue;
      const { suggestion } = matchStatus(raw);
      findings.push(
        suggestion
          ? rowFinding(
              rule,
              table,
              row,
              'status',
              `«${shown(raw)}» er ikke en status — mente du «${suggestion}»?`,
              `«${shown(raw, 'en')}» is not a status — did you mean «${suggestion}»?`,
            )
          : rowFinding(
              rule,
              table,
              row,
              'status',
              `«${shown(raw)}» er ikke en status — bruk ${labels}, eller la cellen stå tom for Aktiv.`,
              `«${shown(raw, 'en')}» is not a status — use ${labels}, or leave the cell empty for active.`,
            ),
      );
    }
    return findings;
  },
};
