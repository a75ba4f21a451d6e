import { defaultPlan } from '../../../src/core/plan';
import { FIELD_ORDER, STATE_AID_FIELDS } from '../../../src/core/projects';
import { rule } from '../../../src/core/rules/exchange-rate-missing';
import { ruleTester } from './ruleTester';

const columns = [...FIELD_ORDER, ...STATE_AID_FIELDS];
const SENSOR = { applicant: 'Toten Sensor AS', orgNo: '922 059 179' };
const withRates = (years: number[]) => ({
  ...defaultPlan,
  stateAid: { ...defaultPlan.stateAid, rates: years.map((year) => ({ year, nokPerEur: 8, source: 'test' })) },
});

ruleTester(rule, {
  valid: [
    { name: 'every grant year has a rate', plan: withRates([2013, 2014]), columns, rows: [{ ...SENSOR, year: 2013 }, { ...SENSOR, year: 2014 }] },
    {
      name: 'a rate for the grant date itself',
      plan: { ...defaultPlan, stateAid: { ...defaultPlan.stateAid, rates: [{ year: 2013, date: '2013-03-15', nokPerEur: 7.4, source: '' }] } },
      columns,
      rows: [{ ...SENSOR, year: 2013, grantDate: '15.03.2013' }],
    },
    { name: 'public applicants and other bases need no rate', plan: withRates([]), columns, rows: [{ applicant: 'Vestre Toten kommune', year: 2013 }, { ...SENSOR, aidBasis: 'Ikke støtte' }] },
    { name: '0 kr needs no rate', plan: withRates([]), columns, rows: [{ ...SENSOR, granted: 0 }] },
  ],
  invalid: [
    {
      name: 'one info per year without a rate, at its first grant, naming the rate used meanwhile',
      plan: withRates([2013]),
      columns,
      rows: [
        { ...SENSOR, year: 2013 },
        { ...SENSOR, year: 2015 },
        { ...SENSOR, year: 2015, grantDate: '01.09.2015' },
      ],
      errors: [
        {
          cell: 'G3',
          message:
            'Tabellen «Valutakurser» på arket Plan har ingen eurokurs for 2015 (2 tildelinger med bagatellstøtte). Legg inn Norges Banks årsgjennomsnitt for EUR i 2015, eller kursen på tilsagnsdatoen; til da bruker kontrollen kursen 8 for 2013.',
          messageEn: 'until then the check uses the rate 8 for 2013',
        },
      ],
    },
    {
      name: 'no rates at all: the check cannot convert',
      plan: withRates([]),
      columns,
      rows: [{ ...SENSOR, year: 2013, grantDate: '15.03.2013' }],
      errors: [{ cell: 'P2', message: 'til da kan ikke bagatellstøtten regnes om til euro og kontrolleres' }],
    },
  ],
});
