/**
 * Shared domain types. Pure data: every room (core, ports, functions, pane, CLI) speaks these.
 * Money is whole kroner as integers; years are calendar years; rates are fractions (0.01 = 1 %).
 */
import type { PaymentTable } from './payments';

/** An Excel error value as a cell holds it (`#REF!`, `#DIV/0!`, `#N/A` …). */
export interface CellError {
  error: string;
}

/** What a port reads from one cell. Dates arrive as Excel serial numbers. */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells read from a sheet, with where it sits so findings can name cells in A1. */
export interface Grid {
  sheet: string;
  /** 1-based sheet row of values[0]. */
  top: number;
  /** 1-based sheet column of values[r][0]. */
  left: number;
  values: CellValue[][];
  /** Excel number format per cell, same shape as values ('@' is Text). Optional. */
  numberFormats?: string[][];
  /**
   * Merged ranges that touch the grid, in sheet coordinates (1-based, inclusive). Excel shows a merge's value
   * in its top-left cell only, so ports leave the other cells empty; this says where a merge made them so.
   */
  merges?: CellRect[];
  /** Formula text (without '=') per cell that holds one, same shape as values; optional. */
  formulas?: (string | undefined)[][];
  /**
   * The workbook counts dates from 1904-01-01 (Excel for Mac's old default): its date serials are 1462 less
   * than the 1900 system's. Ports that know say so; absent means the 1900 system.
   */
  date1904?: boolean;
}

/** A rectangle of cells in sheet coordinates, 1-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing wrong (or worth knowing), pinned to a cell, said in bokmål and English. `rule` is a rule's id
 * (src/core/rules/index.ts, src/core/assessment/rules/index.ts) or one of the loading checks
 * (src/app/check.ts); `messageId` names the message of that rule's catalogue it was said with.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address on `sheet`, e.g. "H7". */
  cell: string;
  /** 1-based sheet row, when the finding is about a project row. */
  row?: number;
  message: string;
  messageEn: string;
  messageId?: string;
  /**
   * The finding in one short sentence for those who decide (a board member, not the administration): on the
   * application's card and in the Innstilling's Merknad. Only rules that concern an application have one.
   */
  headline?: { nb: string; en: string };
}

export type Rounding = 'yearly' | 'none' | 'final';
export type Category = 'prestudy' | 'preproject' | 'mainProject';
export type Status = 'active' | 'closed' | 'withdrawn';

/** A financing source with its amount per year (e.g. Tilskudd OFK 2 500 000 a year). */
export interface FinancingSource {
  id: string;
  name: string;
  kind: 'countyGrant' | 'coFunding' | 'other';
  perYear: Record<number, number>;
}

/** Money announced on top of the ordinary financing (the 2013 SMB-utvikling extra). */
export interface ExtraFunding {
  year: number;
  amount: number;
  sources: string[];
  purpose: string;
  /** The plan says "i størrelsesorden": not part of the frames. */
  approximate: boolean;
}

/** An innsatsområde of the plan: its share of the project money and its frame for the period. */
export interface FocusArea {
  name: string;
  /** Percent of the project money (70 and 30 in the default plan). */
  sharePercent: number;
  frame: number;
  /** Other names that mean this area (a legacy area folded into it, a short form). */
  aliases: string[];
}

export interface GoalIndicator {
  id: string;
  name: string;
  nameEn: string;
  base: number;
  baseYear: number;
  /** Growth per year as a fraction: 0.01 for 1 %. */
  rate: number;
  toYear: number;
  rounding: Rounding;
}

export interface ResultTargets {
  jobsPerYear: number;
  newCompaniesInPeriod: number;
  attractivenessMeasuresPerYear: number;
  /** The area whose projects count as attractiveness measures. */
  attractivenessArea: string;
}

export interface PlanLimits {
  /** Egenandel ≥ this share of tilskudd (0.2). */
  coFundingMinShare: number;
  /** Applied amount ÷ total budget above this is flagged in assessment (0.75). */
  supportShareMax: number;
}

/** A calendar date as 'YYYY-MM-DD' (compares correctly as text). */
export type IsoDate = string;

/**
 * How a de minimis regulation counts its three years: 'fiscalYears' = the fiscal year of the grant and the
 * years before it (1998/2006, 1407/2013); 'rollingYears' = any period of that many years counted back
 * from the grant date (2023/2831).
 */
export type AidWindowKind = 'fiscalYears' | 'rollingYears';

/** One de minimis regulation and the date from which grants fall under it (table `Støtteregler`). */
export interface AidRegulation {
  /** Grants on or after this date fall under this regulation (until the next one's date). */
  from: IsoDate;
  name: string;
  /** Ceiling per single undertaking over the window, in euro. */
  ceilingEur: number;
  window: AidWindowKind;
  years: number;
  /** Where the figures come from. */
  source: string;
}

/** NOK per EUR for a year, or for one date (table `Valutakurser`). */
export interface EuroRate {
  year: number;
  /** Set when the rate is the one of a single day (e.g. the grant date); else it is the year's rate. */
  date?: IsoDate;
  nokPerEur: number;
  source: string;
}

/** The plan's state-aid settings: which de minimis rules applied when, the rates, and public applicants. */
export interface StateAidSettings {
  regulations: AidRegulation[];
  rates: EuroRate[];
  /** Org.nr or names of public applicants that are not undertakings here (besides the plan's municipality). */
  publicApplicants: string[];
}

export interface Plan {
  name: string;
  municipality: string;
  period: { from: number; to: number };
  financing: FinancingSource[];
  extraFunding: ExtraFunding[];
  areas: FocusArea[];
  administration: { name: string; frame: number };
  /** Areas of an earlier period, valid for rows of those years only. */
  legacy: { from: number; to: number; areas: string[] };
  goals: GoalIndicator[];
  targets: ResultTargets;
  limits: PlanLimits;
  stateAid: StateAidSettings;
}

/** The canonical project-table fields (README.md, «The workbook format»), in header order. */
export type ProjectField =
  | 'id'
  | 'name'
  | 'applicant'
  | 'orgNo'
  | 'area'
  | 'category'
  | 'year'
  | 'granted'
  | 'paidAtApproval'
  | 'paidAtCompletion'
  | 'status'
  | 'newJobs'
  | 'securedJobs'
  | 'newCompanies'
  | 'leveragedFunding'
  | 'grantDate'
  | 'otherDeMinimis'
  | 'group'
  | 'aidBasis';

/** Field → 0-based column index within the project grid. */
export type ColumnMapping = Partial<Record<ProjectField, number>>;

/** One row of the project table, typed, with the raw cells kept so rules can say what was typed and where. */
export interface ProjectRow {
  /** 1-based sheet row (a field's cell on it: `fieldCell` in projects.ts). */
  row: number;
  raw: Partial<Record<ProjectField, CellValue>>;
  id?: string;
  name?: string;
  applicant?: string;
  orgNo?: string;
  /** Canonical area name when it matched the plan (current or legacy areas), else undefined. */
  area?: string;
  category?: Category;
  year?: number;
  granted?: number;
  paidAtApproval?: number;
  paidAtCompletion?: number;
  /** Returned to the programme (the payments table's returns); set only when that table is the source. */
  returned?: number;
  /** 'active' when the cell is empty (the default), undefined when it could not be read. */
  status?: Status;
  /**
   * Fields whose cell lies inside a merge but is not its top-left cell (so Excel shows it empty): the A1
   * address of the merge's top-left cell, which holds what Excel shows.
   */
  merged?: Partial<Record<ProjectField, string>>;
  newJobs?: number;
  securedJobs?: number;
  newCompanies?: number;
  leveragedFunding?: number;
  /** Tilsagnsdato: when the legal right to the aid was conferred; undefined when empty or unreadable. */
  grantDate?: IsoDate;
  /** De minimis aid from other givers the applicant declared (whole kroner). */
  otherDeMinimis?: number;
  /** Konsern: a key shared by linked companies that form one single undertaking. */
  group?: string;
  /** Støttegrunnlag: what the aid was granted under; undefined when empty (then de minimis is assumed). */
  aidBasis?: AidBasis;
}

/** What a grant was given under; only 'deMinimis' counts toward the de minimis ceiling. */
export type AidBasis = 'deMinimis' | 'blockExemption' | 'notAid' | 'otherBasis';

export interface ProjectTable {
  sheet: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  /** 1-based sheet column of the table's first column (mapping's 0). */
  left: number;
  mapping: ColumnMapping;
  /** In sheet order, top to bottom (the rules take it as the order within a year). */
  rows: ProjectRow[];
  /** 1-based sheet rows read as total lines (`Sum`, `I alt`, SUM formulas): not projects; the sum check verifies them. */
  totalRows?: number[];
  /** The payments table, when the workbook has one: then it is the source of what was paid. */
  payments?: PaymentTable;
}
