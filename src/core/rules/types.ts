/**
 * What a rule is, and how one is written: `defineRule({ id, name, severity, description, messages, find })` in a file
 * of its own, plus one line in the registry (src/core/rules/index.ts). Like an ESLint rule, a rule keeps its
 * messages as a catalogue (src/core/messages.ts) and reports findings by message id with data; the report
 * fills in both languages, the rule's id and severity.
 */
import { a1 } from '../cells';
import { bilingual, type Bilingual, type Catalogue, type MessageData } from '../messages';
import type { Finding, Grid, Plan, ProjectField, ProjectRow, ProjectTable, Severity } from '../types';
import { rowCell } from './helpers';
import { TableIndex } from './tableIndex';

/** What the rules are run on. */
export interface RuleInput {
  plan: Plan;
  table: ProjectTable;
  /** Every sheet's used range, for sum-mismatch. */
  sheets?: Grid[];
  /** A range the user points at, in the seed's summary layout, for summary-mismatch. */
  summary?: Grid;
}

/** What a rule may look at. Rules are pure: same context, same findings. */
export interface RuleContext extends RuleInput {
  /** What several rules need of the table, worked out once for all of them (tableIndex.ts). */
  index: TableIndex;
}

/** The context for running rules on `input`: one index, shared by every rule run with it. */
export function ruleContext(input: RuleInput): RuleContext {
  return { ...input, index: new TableIndex(input.table, input.plan) };
}

/** How a rule makes findings: pinned to a cell, said by message id and data. */
export interface Report<MessageId extends string> {
  /** A finding at `sheet`!`cell` (with the project row it is about, if any). */
  at(sheet: string, cell: string, id: MessageId, data?: MessageData, row?: number): Finding;
  /** A finding about a project row, pinned to the cell of `field` (the row's first cell when it has none). */
  row(table: ProjectTable, row: ProjectRow, field: ProjectField, id: MessageId, data?: MessageData): Finding;
  /** A finding about a row of another table (an application), at `cell` or the row's first cell. */
  tableRow(
    table: { sheet: string; left: number },
    row: { row: number },
    cell: string | undefined,
    id: MessageId,
    data?: MessageData,
  ): Finding;
  /** One of the rule's messages in both languages, to fill into another (a list of sums, a phrase). */
  text(id: MessageId, data?: MessageData): Bilingual;
}

/** A rule as its file writes it. */
export interface RuleDefinition<Id extends string, MessageId extends string, Context> {
  /** Stable, kebab-case: findings, --json output and marks carry it. */
  id: Id;
  /** Its short name (at most 45 characters), for a column or heading where the description is too long. */
  name: Bilingual;
  severity: Severity;
  /** One sentence per language: what the rule looks for (the README's catalogue and the check panel). */
  description: Bilingual;
  /** A severity some of its findings get instead of `severity` (the catalogue says so). */
  milderSeverity?: Severity;
  /** More for the README's catalogue than the one sentence (when findings get the milder severity …). */
  note?: Bilingual;
  messages: Catalogue<MessageId>;
  /**
   * What a finding means for those who decide, in one short sentence without the rule's jargon, filled from
   * the same data as the message (so it may only use placeholders every message has). Findings get it as
   * `headline`.
   */
  headline?: Bilingual;
  find(ctx: Context, report: Report<MessageId>): Finding[];
}

/** A rule as the registry runs it. */
export interface Rule<Id extends string = string, Context = RuleContext> {
  readonly id: Id;
  readonly name: Bilingual;
  /** The severity of its findings; a rule may give some findings a milder one (non-canonical-spelling). */
  readonly severity: Severity;
  readonly milderSeverity?: Severity;
  readonly description: Bilingual;
  readonly note?: Bilingual;
  readonly messages: Catalogue;
  readonly headline?: Bilingual;
  check(ctx: Context): Finding[];
}

function reporter<MessageId extends string>(rule: {
  id: string;
  severity: Severity;
  messages: Catalogue<MessageId>;
  headline?: Bilingual;
}): Report<MessageId> {
  const at = (sheet: string, cell: string, id: MessageId, data?: MessageData, row?: number): Finding => {
    const text = bilingual(rule.messages, id, data);
    const finding: Finding = {
      rule: rule.id,
      severity: rule.severity,
      sheet,
      cell,
      message: text.nb,
      messageEn: text.en,
      messageId: id,
      ...(rule.headline ? { headline: bilingual({ headline: rule.headline }, 'headline', data) } : {}),
    };
    return row === undefined ? finding : { ...finding, row };
  };
  return {
    at,
    row: (table, row, field, id, data) => at(table.sheet, rowCell(table, row, field), id, data, row.row),
    tableRow: (table, row, cell, id, data) =>
      at(table.sheet, cell ?? a1(row.row, table.left), id, data, row.row),
    text: (id, data) => bilingual(rule.messages, id, data),
  };
}

/** Makes a rule over `Context` from its definition. */
export function ruleOver<Context>() {
  return <const Id extends string, MessageId extends string>(
    definition: RuleDefinition<Id, MessageId, Context>,
  ): Rule<Id, Context> => {
    const report = reporter(definition);
    const { find, ...rule } = definition;
    return { ...rule, check: (ctx) => find(ctx, report) };
  };
}

/** A project-table rule (the check's catalogue). */
export const defineRule = ruleOver<RuleContext>();
