import type { BoardLink } from '../../../../src/core/assessment';
import { rule } from '../../../../src/core/assessment/rules/board-member-conflict';
import { assessmentRuleTester } from './assessmentRuleTester';

const SENSOR = { applicant: 'Toten Sensor AS', orgNo: '922 059 179' };
const KARI: BoardLink = {
  member: 'Kari Nordby',
  role: 'styreleder',
  orgNo: '922059179',
  company: 'Toten Sensor AS',
  relation: 'boardMember',
  row: 1,
};

assessmentRuleTester(rule, {
  valid: [
    { name: 'no board listed', applications: [SENSOR] },
    {
      name: 'a member tied to another company',
      board: [{ member: 'Per Hov', orgNo: '936284108', company: 'Raufoss Lettmetall AS', row: 1 }],
      applications: [SENSOR],
    },
    {
      name: 'a name that only begins the same',
      board: [{ member: 'Per Hov', company: 'Toten Sensor Service AS', relation: 'owner', row: 1 }],
      applications: [{ applicant: 'Toten Sensor AS' }],
    },
  ],
  invalid: [
    {
      name: 'a board member of the applicant, by org.nr written another way: § 6 first paragraph (e)',
      board: [KARI],
      applications: [{}, SENSOR],
      errors: [
        {
          cell: 'C3',
          message:
            'Kari Nordby (styreleder) er styremedlem eller leder i «Toten Sensor AS», som søker i S-02 — inhabil etter forvaltningsloven § 6 første ledd bokstav e',
          messageEn: 'Public Administration Act § 6 first paragraph (e)',
          headline: 'Kari Nordby fratrer under behandlingen (styremedlem eller leder i «Toten Sensor AS»).',
        },
      ],
    },
    {
      name: 'an owner, by the company’s name without «AS» and with no org.nr: § 6 second paragraph',
      board: [{ member: 'Per Hov', company: 'toten sensor', relation: 'owner', row: 2 }],
      applications: [{ applicant: 'Toten Sensor AS' }],
      errors: [
        {
          cell: 'C2',
          message:
            /^Per Hov er eier i «Toten Sensor AS», som søker i S-01 — etter forvaltningsloven § 6 annet ledd/,
          headline: 'Per Hov fratrer under behandlingen',
        },
      ],
    },
    {
      name: 'two members tied to one applicant, each named once though one is listed twice',
      board: [
        KARI,
        { ...KARI, orgNo: undefined, row: 2 },
        { member: 'Ola Berg', orgNo: '922059179', relation: 'family', row: 3 },
      ],
      applications: [SENSOR],
      errors: [
        { cell: 'C2', headline: 'Kari Nordby' },
        { cell: 'C2', message: 'Ola Berg er nær familie av en eier eller leder i «Toten Sensor AS»' },
      ],
    },
    {
      name: 'a tie typed in the member’s own words',
      board: [{ member: 'Ola Berg', orgNo: '922059179', relationText: 'revisor', row: 1 }],
      applications: [SENSOR],
      errors: [{ cell: 'C2', message: 'Ola Berg er revisor i «Toten Sensor AS»' }],
    },
  ],
});
