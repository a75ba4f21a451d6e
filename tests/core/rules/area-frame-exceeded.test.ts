import { rule } from '../../../src/core/rules/area-frame-exceeded';
import { ruleTester } from './ruleTester';

const ATTRAKTIVITET = 'Attraktivitet for næringslivet'; // frame 1 900 000 for 2013–2015

ruleTester(rule, {
  valid: [
    {
      name: 'exactly the frame',
      rows: [
        { area: ATTRAKTIVITET, year: 2013, granted: 900_000 },
        { area: ATTRAKTIVITET, year: 2015, granted: 1_000_000 },
      ],
    },
    {
      name: 'a withdrawn project frees what was not paid',
      rows: [
        { area: ATTRAKTIVITET, year: 2013, granted: 1_500_000 },
        { area: ATTRAKTIVITET, year: 2014, granted: 1_000_000, status: 'Trukket', paidAtApproval: 400_000 },
      ],
    },
    {
      name: 'rows of the previous period use no frame of this plan',
      rows: [
        { area: 'Nyskaping i næringslivet', year: 2012, granted: 4_000_000 },
        { area: 'Nyskaping i næringslivet', year: 2013, granted: 1_000_000 },
      ],
    },
  ],
  invalid: [
    {
      name: 'the row that crosses the frame, in the order of the years',
      rows: [
        { area: ATTRAKTIVITET, year: 2015, granted: 200_000 },
        { area: ATTRAKTIVITET, year: 2013, granted: 1_000_000 },
        { area: ATTRAKTIVITET, year: 2014, granted: 1_000_000 },
      ],
      errors: [
        {
          cell: 'H4',
          message:
            /«Attraktivitet for næringslivet» har en ramme på 1\s900\s000 kr for 2013–2015\. Med denne bevilgningen er det bevilget 2\s000\s000 kr, og i alt 2\s200\s000 kr — 300\s000 kr over rammen/,
          messageEn: /300\s000 kr over the frame/,
        },
      ],
    },
    {
      name: 'an alias counts for its area',
      rows: [
        { area: 'Nyskaping', year: 2013, granted: 3_000_000 },
        { area: 'Velferdsinnovasjon', year: 2014, granted: 1_500_000 },
      ],
      errors: [{ cell: 'H3', message: /«Nyskaping i næringslivet».*100\s000 kr over rammen/ }],
    },
  ],
});
