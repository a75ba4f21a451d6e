/** What the assessment hands on: the board's case table, the frame table and the CLI's JSON. */
import type { ColumnKind } from '../formats';
import { CATEGORY_LABELS } from '../projects';
import type { CellValue, Finding } from '../types';
import { DECISION_LABELS, type AssessmentResult, type Decision } from './assess';

export interface CaseTable {
  headers: string[];
  rows: CellValue[][];
  /** What each column holds (its number format when written). */
  columns: ColumnKind[];
  /** The columns (0-based) a sum row under the table adds up. */
  sums: number[];
}

/** The board's case table: one row per application in rank order, the unranked ones last. */
export function recommendationTable(result: AssessmentResult): CaseTable {
  return {
    headers: [
      'Rang',
      'Søknadsnr',
      'Søker',
      'Prosjekt',
      'Innsatsområde',
      'Kategori',
      'Søkt beløp',
      'Poeng',
      'Innstilling',
      'Kan dekkes',
      'Gjenstående ramme',
      'Merknad',
    ],
    rows: result.assessments.map((a) => [
      a.rank,
      a.application.id ?? null,
      a.application.applicant ?? null,
      a.application.name ?? null,
      a.area ?? a.application.areaText ?? null,
      a.application.category ? CATEGORY_LABELS[a.application.category].nb : null,
      a.application.applied ?? null,
      a.score,
      DECISION_LABELS[a.decision].nb,
      a.decision === 'notAssessed' ? null : a.fundable,
      a.remainingFrame,
      a.reason?.nb ?? null,
    ]),
    columns: [
      'count',
      'text',
      'text',
      'text',
      'text',
      'text',
      'kroner',
      'score',
      'text',
      'kroner',
      'kroner',
      'text',
    ],
    sums: [6, 9],
  };
}

/** The frame simulation per area (and year). */
export function frameTable(result: AssessmentResult): CaseTable {
  return {
    headers: [
      'Innsatsområde',
      'År',
      'Ramme',
      'Bevilget før',
      'Igjen før søknadene',
      'Søkt (rangerte)',
      'Kan dekkes',
      'Igjen etter',
    ],
    rows: result.areas.map((a) => [
      a.area,
      a.year,
      a.frame,
      a.used,
      a.remainingBefore,
      a.applied,
      a.fundable,
      a.remainingAfter,
    ]),
    columns: ['text', 'year', 'kroner', 'kroner', 'kroner', 'kroner', 'kroner', 'kroner'],
    sums: [2, 3, 4, 5, 6, 7],
  };
}

export interface AssessmentJson {
  assessments: {
    id: string;
    score: number | null;
    rank: number | null;
    decision: Decision;
    remainingFrame: number | null;
  }[];
  findings: Finding[];
}

/** `omstilling vurder --json`: `{"assessments":[{"id","score","rank","decision","remainingFrame"}],"findings":[…]}`. */
export function assessmentJson(result: AssessmentResult): AssessmentJson {
  return {
    assessments: result.assessments.map(({ id, score, rank, decision, remainingFrame }) => ({
      id,
      score,
      rank,
      decision,
      remainingFrame,
    })),
    findings: result.findings,
  };
}
