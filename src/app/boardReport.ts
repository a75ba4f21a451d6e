/**
 * Styrerapport: the board's overview (core boardOverview) and, when the workbook has applications, the
 * recommendation with its warnings — read through any port, and written as the owned sheet `Styrerapport`.
 * The sheet holds values only: no OMSTILLING.* function and no formula at all, so it reads the same on a
 * tablet, in Excel on the web, or in a workbook opened without the add-in. A4 landscape, one page. The CLI
 * (`omstilling styrerapport`) and the pane write the same sheet and draw the same PDF (boardPdf.ts).
 */
import { DECISION_LABELS, remarkOf, type Assessment } from '../core/assessment';
import { BOARD_WORDS, boardOverview, type BoardOverview } from '../core/boardReport';
import { isOmstillingError } from '../core/errors';
import { translate, type Bilingual } from '../core/messages';
import { dayOf, dayWords, VERDICT_WORDS, type Day } from '../core/today';
import type { CellValue } from '../core/types';
import type { OwnedSheetSpec, WorkbookPort, WriteResult } from '../port/workbookPort';
import { assessLoaded, type AssessmentRunOptions } from './assess';
import { loadWorkbook } from './load';

export const BOARD_REPORT_SHEET = 'Styrerapport';

/** One application in the report: the case table's row, in the board's words. */
export interface ReportApplication {
  rank: number | null;
  id: string;
  applicant: string;
  area: string;
  applied: number | null;
  decision: Bilingual;
  /** What the frame carries of it; null when it was not assessed. */
  fundable: number | null;
  /** Why not assessed, and every warning, as sentences; null when there is nothing to say. */
  remark: Bilingual | null;
  /** How many warnings the rules gave it (de minimis, support share, habilitet …). */
  warnings: number;
}

export interface BoardReport {
  overview: BoardOverview;
  /** Null when the workbook has no applications. */
  applications: ReportApplication[] | null;
  /** The day the report was made. */
  made: Day;
}

/** What the case table (Innstilling) says of each application, the remark as its Merknad. */
function reportApplications(assessments: readonly Assessment[]): ReportApplication[] {
  return assessments.map((a) => {
    const remark = remarkOf(a, 'nb');
    return {
      rank: a.rank,
      id: a.id,
      applicant: a.application.applicant ?? '',
      area: a.area ?? a.application.areaText ?? '',
      applied: a.application.applied ?? null,
      decision: DECISION_LABELS[a.decision],
      fundable: a.decision === 'notAssessed' ? null : a.fundable,
      remark: remark === null ? null : { nb: remark, en: remarkOf(a, 'en') ?? remark },
      warnings: a.warnings.length,
    };
  });
}

/**
 * Reads the workbook and makes the report: the overview judged on `today`, the applications assessed as
 * Vurdering assesses them (its criteria and scope given). A workbook without applications gives none.
 */
export async function boardReportOf(
  port: WorkbookPort,
  today: Day,
  options: AssessmentRunOptions & { now?: Date } = {},
): Promise<BoardReport> {
  // One read for both: the overview and the assessment see the same project table and plan.
  const applicationsRead = options.applicationsRange ? { range: options.applicationsRange } : true;
  const loaded = await loadWorkbook(port, { applications: applicationsRead });
  const overview = boardOverview(loaded.table?.rows ?? [], loaded.plan, today);
  let applications: ReportApplication[] | null = null;
  try {
    const run = assessLoaded(loaded, options);
    applications = reportApplications(run.result.assessments);
  } catch (error) {
    // No `Søknader`: a report without the recommendation. Anything else is for the caller.
    if (!(isOmstillingError(error) && error.code === 'no-applications')) throw error;
  }
  return { overview, applications, made: dayOf(options.now ?? new Date()) };
}

const w = (id: keyof typeof BOARD_WORDS, data?: Record<string, string | number>) =>
  translate('nb', BOARD_WORDS, id, data);

/** The sheet: title and date, the headline numbers, frames and use per area with its chart, results, applications. */
export function boardReportSheet(report: BoardReport): OwnedSheetSpec {
  const { overview } = report;
  const areas = {
    name: 'Styrerapport_rammer',
    title: w('areasTitle', overview.period),
    headers: [w('area'), w('frame'), w('granted'), w('paid'), w('freed'), w('remaining')],
    rows: overview.areas.map((a): CellValue[] => [a.area, a.frame, a.granted, a.paid, a.freed, a.remaining]),
    columns: ['text', 'kroner', 'kroner', 'kroner', 'kroner', 'kroner'] as const,
  };
  const headlines = {
    name: 'Styrerapport_nokkeltall',
    // No title line: the header «Nøkkeltall» says it, and the same word twice over each other read as a slip.
    headers: [w('headlinesTitle'), 'Verdi', 'Forklaring'],
    rows: overview.headlines.map((h): CellValue[] => [h.label.nb, h.value, h.detail.nb]),
    columns: ['text', 'kroner', 'text'] as const,
  };
  const results = {
    name: 'Styrerapport_resultater',
    title: w('resultsTitle'),
    headers: [w('goal'), w('result'), w('targetValue'), w('status')],
    rows: overview.results.map((r): CellValue[] => [
      r.label.nb,
      r.actual,
      r.target,
      translate('nb', VERDICT_WORDS, r.status),
    ]),
    columns: ['text', 'count', 'count', 'text'] as const,
  };
  const applications = report.applications && {
    name: 'Styrerapport_innstilling',
    title: w('recommendationTitle'),
    headers: [
      'Rang',
      'Søknadsnr',
      'Søker',
      'Innsatsområde',
      'Søkt beløp',
      'Innstilling',
      'Kan dekkes',
      'Merknad',
    ],
    rows: report.applications.map((a): CellValue[] => [
      a.rank,
      a.id,
      a.applicant,
      a.area,
      a.applied,
      a.decision.nb,
      a.fundable,
      a.remark?.nb ?? null,
    ]),
    columns: ['count', 'text', 'text', 'text', 'kroner', 'text', 'kroner', 'text'] as const,
  };
  return {
    name: BOARD_REPORT_SHEET,
    title: w('reportTitle', { plan: overview.planName }),
    subtitle: w('made', { made: dayWords(report.made).nb, day: dayWords(overview.today).nb }),
    action: 'Skrev styrerapport',
    orientation: 'landscape',
    onePage: true,
    tables: [headlines, areas, results, ...(applications ? [applications] : [])].map((table) => ({
      ...table,
      columns: [...table.columns],
    })),
    charts: [
      {
        name: 'Styrerapport_diagram',
        kind: 'columns',
        title: `${w('frame')}, ${w('granted').toLowerCase()} og ${w('paid').toLowerCase()} per innsatsområde`,
        table: areas.name,
        series: 3,
      },
    ],
  };
}

export async function writeBoardReport(port: WorkbookPort, report: BoardReport): Promise<WriteResult> {
  return port.writeOwnedSheet(boardReportSheet(report));
}
