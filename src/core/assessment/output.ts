/** What the assessment hands on: the board's case table, the frame table and the CLI's JSON. */
import type { ColumnKind } from '../formats';
import { CATEGORY_LABELS } from '../projects';
import type { Lang } from '../messages';
import type { CellValue, Finding, Severity } from '../types';
import { DECISION_LABELS, type Assessment, type AssessmentResult, type Decision } from './assess';

export interface CaseTable {
  headers: string[];
  rows: CellValue[][];
  /** What each column holds (its number format when written). */
  columns: ColumnKind[];
  /** The columns (0-based) a sum row under the table adds up. */
  sums: number[];
}

/** "mangler poeng for «X»" → "Mangler poeng for «X»." */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase('nb') + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * What the board should know about an application besides its decision, as sentences: why it was not
 * assessed, then each warning (de minimis, support share, habilitet …). Null when there is nothing.
 */
export function remarkOf(assessment: Assessment, lang: Lang): string | null {
  const parts = [
    ...(assessment.reason ? [sentence(assessment.reason[lang])] : []),
    ...assessment.warnings.map((w) => w.text[lang]),
  ];
  return parts.length ? parts.join(' ') : null;
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
      remarkOf(a, 'nb'),
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
    /** The rules' findings on this application in the board's words (`lang`). */
    warnings: { rule: string; severity: Severity; cell: string; text: string }[];
  }[];
  findings: Finding[];
}

/**
 * `omstilling vurder --json`: `{"assessments":[{"id","score","rank","decision","remainingFrame","warnings"}],
 * "findings":[…]}`, the warnings' text in `lang`.
 */
export function assessmentJson(result: AssessmentResult, lang: Lang = 'nb'): AssessmentJson {
  return {
    assessments: result.assessments.map(({ id, score, rank, decision, remainingFrame, warnings }) => ({
      id,
      score,
      rank,
      decision,
      remainingFrame,
      warnings: warnings.map((w) => ({
        rule: w.rule,
        severity: w.severity,
        cell: w.cell,
        text: w.text[lang],
      })),
    })),
    findings: result.findings,
  };
}
