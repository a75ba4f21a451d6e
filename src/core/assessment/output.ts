/** What the assessment hands on: the board's case table, the frame table and the CLI's JSON. */
import { FORMATS } from '../formats';
import { CATEGORY_LABELS } from '../projects';
import type { CellValue, Finding } from '../types';
import { DECISION_LABELS, type AssessmentResult, type Decision } from './assess';

export interface CaseTable {
  headers: string[];
  rows: CellValue[][];
  /** Per column, from FORMATS; undefined = General. */
  numberFormats: (string | undefined)[];
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
    numberFormats: [
      FORMATS.count,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      FORMATS.kroner,
      FORMATS.score,
      undefined,
      FORMATS.kroner,
      FORMATS.kroner,
      undefined,
    ],
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
    numberFormats: [undefined, FORMATS.year, ...Array(6).fill(FORMATS.kroner)],
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
