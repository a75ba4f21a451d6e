import { STATUS_LABELS, matchStatus } from '../projects';
import { labelRule } from './unknownLabel';

export const rule = labelRule({
  id: 'unknown-status',
  name: { nb: 'Ukjent status', en: 'Unknown status' },
  severity: 'error',
  description: {
    nb: 'Status må være Aktiv, Avsluttet eller Trukket (tom celle betyr Aktiv).',
    en: 'The status must be Aktiv, Avsluttet or Trukket (active, closed, withdrawn; empty means active).',
  },
  field: 'status',
  labels: STATUS_LABELS,
  match: matchStatus,
  noun: { nb: 'status', en: 'status' },
  listTail: { nb: ', eller la cellen stå tom for Aktiv', en: ', or leave the cell empty for active' },
});
