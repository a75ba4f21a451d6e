/**
 * The board's ties to companies, kept in the Plan as the table `Styret`: one row per member and company the
 * member is tied to (board member, owner, employee or close family). An application from such a company
 * makes the member disqualified (inhabil) under forvaltningsloven § 6, so the rule board-member-conflict
 * can name the member before the board decides (docs/assessment.md, «Habilitet»).
 */
import { isBlank } from '../cells';
import type { Bilingual } from '../messages';
import type { PlanTable, PlanTableFinding } from '../plan';
import { normalize } from '../text';
import type { CellValue } from '../types';
import { headerLookup, matchColumns, orgNoOf, textOf } from './headers';
import { BOARD_TABLE } from './workbookNames';

export { BOARD_TABLE };

export type BoardColumn = 'member' | 'role' | 'orgNo' | 'company' | 'relation';

/** The table's headers as the template writes them. */
export const BOARD_HEADERS: Record<BoardColumn, string> = {
  member: 'Medlem',
  role: 'Rolle',
  orgNo: 'Org.nr',
  company: 'Selskap',
  relation: 'Tilknytning',
};

/** Headers people use for the same columns: bokmål, nynorsk, English. */
const BOARD_SYNONYMS: Record<BoardColumn, string[]> = {
  member: ['Medlem', 'Styremedlem', 'Navn', 'Namn', 'Member', 'Board member', 'Name'],
  role: ['Rolle', 'Verv', 'Role'],
  orgNo: ['Org.nr', 'Orgnr', 'Org nr', 'Organisasjonsnummer', 'Org no', 'Organisation number'],
  company: ['Selskap', 'Firma', 'Foretak', 'Føretak', 'Bedrift', 'Verksemd', 'Company', 'Firm'],
  relation: ['Tilknytning', 'Tilknyting', 'Forhold', 'Relation', 'Relationship', 'Tie'],
};

/**
 * How the member is tied to the company. A board member (or its leader) of a company that is a party is
 * disqualified by § 6 first paragraph (e); the others by its second paragraph (special circumstances).
 */
export type BoardRelation = 'boardMember' | 'owner' | 'employee' | 'family';

const RELATION_WORDS: Record<BoardRelation, string[]> = {
  boardMember: [
    'styremedlem',
    'styreleder',
    'styreleiar',
    'styremedlem/leder',
    'daglig leder',
    'dagleg leiar',
    'leder',
    'board member',
    'chair',
    'manager',
    'ceo',
  ],
  owner: ['eier', 'eigar', 'medeier', 'aksjonær', 'owner', 'shareholder'],
  employee: ['ansatt', 'tilsett', 'arbeidstaker', 'employee'],
  family: ['nær familie', 'familie', 'nær slekt', 'close family', 'family'],
};

/** What the template and the README call each relation. */
export const RELATION_LABELS: Record<BoardRelation, Bilingual> = {
  boardMember: { nb: 'Styremedlem eller leder', en: 'Board member or manager' },
  owner: { nb: 'Eier', en: 'Owner' },
  employee: { nb: 'Ansatt', en: 'Employee' },
  family: { nb: 'Nær familie', en: 'Close family' },
};

const RELATION_LOOKUP = new Map(
  (Object.keys(RELATION_WORDS) as BoardRelation[]).flatMap((relation) =>
    [...RELATION_WORDS[relation], RELATION_LABELS[relation].nb, RELATION_LABELS[relation].en].map(
      (word) => [normalize(word), relation] as const,
    ),
  ),
);

/** One member–company tie. */
export interface BoardLink {
  member: string;
  role?: string;
  /** Digits only when the cell held an organisation number. */
  orgNo?: string;
  company?: string;
  /** Undefined when the cell is empty or says something else (then `relationText` has it). */
  relation?: BoardRelation;
  relationText?: string;
  /** Index into the table's rows, header row = 0. */
  row: number;
}

/** The table `Styret` for the Plan sheet; `links` empty gives the headers and one empty row to fill in. */
export function boardToTable(links: readonly BoardLink[]): PlanTable {
  const columns = Object.keys(BOARD_HEADERS) as BoardColumn[];
  const rowOf = (link: BoardLink): CellValue[] => [
    link.member,
    link.role ?? null,
    link.orgNo ?? null,
    link.company ?? null,
    link.relation ? RELATION_LABELS[link.relation].nb : (link.relationText ?? null),
  ];
  return {
    name: BOARD_TABLE,
    title:
      'Styret: én rad per medlem og selskap medlemmet er styremedlem, eier, ansatt eller nær familie i (habilitet, forvaltningsloven § 6)',
    headers: columns.map((column) => BOARD_HEADERS[column]),
    rows: links.length ? links.map(rowOf) : [columns.map(() => null)],
    columns: ['text', 'text', 'text', 'text', 'text'],
  };
}

export interface BoardRead {
  links: BoardLink[];
  findings: PlanTableFinding[];
}

/**
 * Reads `Styret` (rows including the header row). No table is no board listed: nothing to say. A row with
 * a member but neither an org.nr nor a company cannot be matched and is named. Never throws.
 */
export function boardFromTable(rows: CellValue[][] | null | undefined): BoardRead {
  const findings: PlanTableFinding[] = [];
  if (!Array.isArray(rows) || rows.length === 0 || !Array.isArray(rows[0])) return { links: [], findings };
  const { mapping } = matchColumns(rows[0], headerLookup(BOARD_SYNONYMS));
  const at = (row: CellValue[], column: BoardColumn) => {
    const index = mapping[column];
    return index === undefined ? undefined : row[index];
  };
  if (mapping.member === undefined || (mapping.orgNo === undefined && mapping.company === undefined)) {
    findings.push({
      table: BOARD_TABLE,
      row: 0,
      message: `Tabellen «${BOARD_TABLE}» trenger kolonnene «${BOARD_HEADERS.member}» og «${BOARD_HEADERS.orgNo}» eller «${BOARD_HEADERS.company}»; habiliteten er ikke sjekket.`,
      messageEn: `The table "${BOARD_TABLE}" needs the columns "${BOARD_HEADERS.member}" and "${BOARD_HEADERS.orgNo}" or "${BOARD_HEADERS.company}"; disqualification was not checked.`,
    });
    return { links: [], findings };
  }
  const links: BoardLink[] = [];
  rows.slice(1).forEach((row, i) => {
    if (!Array.isArray(row) || row.every((cell) => isBlank(cell))) return;
    const member = textOf(at(row, 'member'));
    const orgNo = orgNoOf(at(row, 'orgNo'));
    const company = textOf(at(row, 'company'));
    if (member === undefined || (orgNo === undefined && company === undefined)) {
      findings.push({
        table: BOARD_TABLE,
        row: i + 1,
        message: `Rad ${i + 1} i «${BOARD_TABLE}» trenger både et medlem og et org.nr eller selskap; raden er ikke brukt.`,
        messageEn: `Row ${i + 1} of "${BOARD_TABLE}" needs both a member and an org. no. or company; the row was left out.`,
      });
      return;
    }
    const relationText = textOf(at(row, 'relation'));
    const relation = relationText === undefined ? undefined : RELATION_LOOKUP.get(normalize(relationText));
    links.push({
      member,
      ...optional('role', textOf(at(row, 'role'))),
      ...optional('orgNo', orgNo && /^\d+$/.test(orgNo) ? orgNo : undefined),
      ...optional('company', company ?? (orgNo && !/^\d+$/.test(orgNo) ? orgNo : undefined)),
      ...optional('relation', relation),
      ...optional('relationText', relation ? undefined : relationText),
      row: i + 1,
    });
  });
  return { links, findings };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Legal forms at the end of a company name, left out when names are compared («Toten Sensor AS» = «Toten Sensor»). */
const LEGAL_FORM = /\s+(as|asa|ans|da|sa|ba|enk|iks|ks|nuf)$/;

/** A company name as compared: normalised, without the legal form and punctuation. */
export function companyKey(name: string | undefined): string | undefined {
  const key = normalize(name ?? '')
    .replace(/[.,]/g, '')
    .replace(LEGAL_FORM, '')
    .trim();
  return key || undefined;
}

/** The ties that concern an applicant: same org.nr, or the same company name. */
export function linksTo(
  links: readonly BoardLink[],
  applicant: { orgNo?: string; applicant?: string },
): BoardLink[] {
  const digits = (applicant.orgNo ?? '').replace(/\D/g, '');
  const name = companyKey(applicant.applicant);
  return links.filter(
    (link) =>
      (digits !== '' && link.orgNo === digits) || (name !== undefined && companyKey(link.company) === name),
  );
}
