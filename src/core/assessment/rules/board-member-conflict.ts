/**
 * Habilitet: a board member tied to the applicant must not take part in the decision. Forvaltningsloven
 * § 6 first paragraph (e) disqualifies a member who is on the board of, or leads, a company that is a party;
 * its second paragraph one with other special ties (an owner, an employee, close family: «særlig fordel …
 * for ham selv eller noen som han har nær personlig tilknytning til»). In a board the others decide the
 * question without the member (§ 8 second paragraph). https://lovdata.no/lov/1967-02-10/§6
 */
import type { Bilingual } from '../../messages';
import type { Finding } from '../../types';
import { applicationLabel } from '../applications';
import { linksTo, type BoardLink, type BoardRelation } from '../board';
import { defineAssessmentRule } from './types';

/** "… er {relation} «Company»" (English: "Company", one voice per language) */
const RELATION: Record<BoardRelation, Bilingual> = {
  boardMember: { nb: 'styremedlem eller leder i', en: 'a board member or manager of' },
  owner: { nb: 'eier i', en: 'an owner of' },
  employee: { nb: 'ansatt i', en: 'employed by' },
  family: { nb: 'nær familie av en eier eller leder i', en: 'close family of an owner or manager of' },
};
const OTHER_TIE: Bilingual = { nb: 'knyttet til', en: 'tied to' };

function relationOf(link: BoardLink): Bilingual {
  if (link.relation) return RELATION[link.relation];
  return link.relationText ? { nb: `${link.relationText} i`, en: `${link.relationText} at` } : OTHER_TIE;
}

export const rule = defineAssessmentRule({
  id: 'board-member-conflict',
  name: { nb: 'Styremedlem inhabilt', en: 'Board member disqualified' },
  severity: 'warning',
  description: {
    nb: 'Et styremedlem er knyttet til søkeren (tabellen «Styret» på arket Plan) og er inhabilt etter forvaltningsloven § 6.',
    en: 'A board member is tied to the applicant (the "Styret" table on the Plan sheet) and is disqualified under the Public Administration Act § 6.',
  },
  messages: {
    boardOfParty: {
      nb: '{member}{role} er {relation} «{company}», som søker i {application} — inhabil etter forvaltningsloven § 6 første ledd bokstav e: {member} fratrer under behandlingen, og protokollen sier det.',
      en: '{member}{role} is {relation} "{company}", the applicant in {application} — disqualified under the Public Administration Act § 6 first paragraph (e): {member} leaves the meeting while it is dealt with, and the minutes say so.',
    },
    specialTie: {
      nb: '{member}{role} er {relation} «{company}», som søker i {application} — etter forvaltningsloven § 6 annet ledd er {member} trolig inhabil (særlig fordel for seg selv eller en nærstående): styret avgjør det uten {member} (§ 8), som fratrer under behandlingen.',
      en: '{member}{role} is {relation} "{company}", the applicant in {application} — under the Public Administration Act § 6 second paragraph {member} is most likely disqualified (a particular gain for them or someone close): the board decides that without {member} (§ 8), who leaves the meeting while it is dealt with.',
    },
  },
  headline: {
    nb: '{member} fratrer under behandlingen ({relation} «{company}»).',
    en: '{member} leaves the meeting while this is dealt with ({relation} "{company}").',
  },
  find({ applications, board }, report) {
    const findings: Finding[] = [];
    if (!board?.length) return findings;
    for (const application of applications.rows) {
      const seen = new Set<string>();
      for (const link of linksTo(board, application)) {
        if (seen.has(link.member)) continue;
        seen.add(link.member);
        const cell = application.cells.applicant ?? application.cells.orgNo;
        findings.push(
          report.tableRow(
            applications,
            application,
            cell,
            link.relation === 'boardMember' ? 'boardOfParty' : 'specialTie',
            {
              member: link.member,
              role: link.role ? ` (${link.role})` : '',
              relation: relationOf(link),
              company: application.applicant ?? link.company ?? link.orgNo ?? '',
              application: applicationLabel(application),
            },
          ),
        );
      }
    }
    return findings;
  },
});
