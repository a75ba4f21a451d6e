/**
 * De minimis for an application: the applicant's single undertaking's aid in the window of the decision
 * date, what room is left under the ceiling before this application, and whether it would pass the
 * ceiling. The rule `applicant-de-minimis`, the Vurdering cards and Kontroll all read this.
 */
import { yearOfDate } from '../dates';
import { usedAmount } from '../rules/helpers';
import {
  AidBook,
  countsAsDeMinimis,
  deMinimisGrants,
  eurCentsToNok,
  exceeded,
  isPublicApplicant,
  type AidJudgement,
  type AidRecipient,
  type AidTime,
} from '../stateAid';
import type { Plan, ProjectTable } from '../types';
import type { ApplicationRow } from './applications';

export type ApplicationAid =
  /** The plan's municipality or an `Offentlige søkere` entry: not an undertaking here. */
  | { status: 'public' }
  /** Støttegrunnlag says it is not de minimis (gruppeunntak, ikke støtte …). */
  | { status: 'otherBasis' }
  /** No year or date, no applicant, or no regulation in force then: nothing to count. */
  | { status: 'unknown' }
  | {
      status: 'judged';
      judgement: AidJudgement;
      /** Room under the ceiling before this application (euro cents; negative when already past it). */
      roomBeforeCents: number;
      /** The same in kroner at the rate of the decision date (rounded down); undefined without a rate. */
      roomBeforeNok?: number;
      /** With this application the ceiling is passed. */
      exceeded: boolean;
    };

export const recipientOf = (application: ApplicationRow): AidRecipient => ({
  applicant: application.applicant,
  orgNo: application.orgNo,
  group: application.group,
});

export function timeOf(application: ApplicationRow, fallbackYear?: number): AidTime | undefined {
  if (application.grantDate)
    return { date: application.grantDate, year: yearOfDate(application.grantDate) };
  const year = application.year ?? fallbackYear;
  return year === undefined ? undefined : { year };
}

const books = new WeakMap<readonly ApplicationRow[], { plan: Plan; projects: ProjectTable | null; book: AidBook }>();

/**
 * One book for all the applications: the project table's grants, linked by every applicant's keys. Made
 * once per set of applications and kept, so the assessment and the rules that judge the same applications
 * (applicant-de-minimis, exchange-rate-missing) share it instead of indexing every grant again.
 */
export function applicationBook(
  plan: Plan,
  projects: ProjectTable | null,
  applications: readonly ApplicationRow[],
): AidBook {
  const kept = books.get(applications);
  if (kept && kept.plan === plan && kept.projects === projects) return kept.book;
  const grants = deMinimisGrants(projects?.rows ?? [], plan, usedAmount);
  const book = new AidBook(plan, grants, applications.map(recipientOf));
  books.set(applications, { plan, projects, book });
  return book;
}

export function applicationAid(
  application: ApplicationRow,
  book: AidBook,
  fallbackYear?: number,
): ApplicationAid {
  const recipient = recipientOf(application);
  if (isPublicApplicant(recipient, book.plan)) return { status: 'public' };
  if (!countsAsDeMinimis(application.aidBasis)) return { status: 'otherBasis' };
  const time = timeOf(application, fallbackYear);
  if (!time || (!recipient.applicant && !recipient.orgNo)) return { status: 'unknown' };
  const applied = application.applied !== undefined && application.applied > 0 ? application.applied : 0;
  const judgement = book.judge(recipient, time, {
    nok: applied,
    ...(application.otherDeMinimis !== undefined ? { declaredOther: application.otherDeMinimis } : {}),
  });
  if (!judgement) return { status: 'unknown' };
  const roomBeforeCents = judgement.roomCents + (judgement.candidate?.eurCents ?? 0);
  const rate = judgement.rate?.rate.nokPerEur;
  return {
    status: 'judged',
    judgement,
    roomBeforeCents,
    ...(rate !== undefined ? { roomBeforeNok: eurCentsToNok(Math.max(roomBeforeCents, 0), rate) } : {}),
    exceeded: applied > 0 && exceeded(judgement),
  };
}
