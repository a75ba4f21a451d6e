import fc from 'fast-check';
import { addYears, dateFromSerial, formatDate, parseDateCell } from '../../src/core/dates';
import type { ProjectRow } from '../../src/core/types';
import { usedAmount } from '../../src/core/rules/helpers';
import {
  AidBook,
  couldPassCeiling,
  deMinimisGrants,
  eurCentsToNok,
  exceeded,
  inWindow,
  judge,
  RunningAid,
  isPublicApplicant,
  nokToEurCents,
  rateFor,
  regulationFor,
  undertakingsOf,
  windowFor,
  DEFAULT_STATE_AID,
} from '../../src/core/stateAid';
import { planWith, planWithRates } from './stateAidPlan';

describe('dates', () => {
  test.each([
    [41348, '2013-03-15'],
    ['15.03.2013', '2013-03-15'],
    ['15.3.13', '2013-03-15'],
    ['15/03/2013', '2013-03-15'],
    ['2013-03-15', '2013-03-15'],
    [' 01.01.2024 ', '2024-01-01'],
  ])('%p reads as %s', (cell, iso) => {
    expect(parseDateCell(cell)).toBe(iso);
  });

  test.each([[2013], ['31.02.2013'], ['2013'], ['i fjor'], [null], [true], [-5]])(
    '%p is not a date',
    (cell) => {
      expect(parseDateCell(cell)).toBeUndefined();
    },
  );

  test('29 February counted back a year is 28 February', () => {
    expect(addYears('2024-02-29', -3)).toBe('2021-02-28');
    expect(formatDate('2024-02-29')).toBe('29.02.2024');
  });

  test('every Excel serial of 1904–9999 reads back as the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2_958_465 }), (serial) => {
        const iso = dateFromSerial(serial) as string;
        const back =
          (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) /
          86_400_000;
        expect(back).toBe(serial);
      }),
    );
  });
});

describe('regulation and window on a date', () => {
  const settings = DEFAULT_STATE_AID;
  test.each([
    ['2013-12-31', 'Forordning (EF) nr. 1998/2006'],
    ['2014-01-01', 'Forordning (EU) nr. 1407/2013'],
    ['2023-12-31', 'Forordning (EU) nr. 1407/2013'],
    ['2024-01-01', 'Forordning (EU) 2023/2831'],
  ])('%s falls under %s', (date, name) => {
    expect(regulationFor(settings, { date, year: +date.slice(0, 4) })?.name).toBe(name);
  });

  test('before 2007 no regulation is in force', () => {
    expect(regulationFor(settings, { year: 2006 })).toBeUndefined();
  });

  test('fiscal years: 1 January two years back is the first day in, 31 December before it the first out', () => {
    const regulation = regulationFor(settings, { year: 2015 });
    const window = windowFor(regulation!, { date: '2015-06-15', year: 2015 });
    expect([window.from, window.to]).toEqual(['2013-01-01', '2015-06-15']);
    expect(inWindow(window, { date: '2013-01-01', year: 2013 })).toBe(true);
    expect(inWindow(window, { date: '2012-12-31', year: 2012 })).toBe(false);
    expect(inWindow(window, { date: '2015-06-16', year: 2015 })).toBe(false);
    expect(inWindow(window, { year: 2015 })).toBe(true);
  });

  test('rolling years: the day after the same date three years back is in, that date is out', () => {
    const time = { date: '2024-03-15', year: 2024 };
    const window = windowFor(regulationFor(settings, time)!, time);
    expect([window.from, window.to]).toEqual(['2021-03-16', '2024-03-15']);
    expect(inWindow(window, { date: '2021-03-16', year: 2021 })).toBe(true);
    expect(inWindow(window, { date: '2021-03-15', year: 2021 })).toBe(false);
    // Known only by its year, 2021 overlaps the window: it counts (the cautious side).
    expect(inWindow(window, { year: 2021 })).toBe(true);
    expect(inWindow(window, { year: 2020 })).toBe(false);
  });
});

describe('rates', () => {
  const rates = [
    { year: 2013, nokPerEur: 7.8, source: '' },
    { year: 2013, date: '2013-03-15', nokPerEur: 7.4, source: '' },
    { year: 2017, nokPerEur: 9.33, source: '' },
  ];
  test('the day’s rate, else the year’s, else the nearest year’s (flagged)', () => {
    expect(rateFor(rates, { date: '2013-03-15', year: 2013 })).toEqual({ rate: rates[1], forTheYear: true });
    expect(rateFor(rates, { date: '2013-03-16', year: 2013 })).toEqual({ rate: rates[0], forTheYear: true });
    expect(rateFor(rates, { year: 2014 })).toEqual({ rate: rates[0], forTheYear: false });
    expect(rateFor(rates, { year: 2016 })).toEqual({ rate: rates[2], forTheYear: false });
    expect(rateFor([], { year: 2016 })).toBeUndefined();
  });

  test('kroner → euro cents is exact at a round rate and rounds half up', () => {
    expect(nokToEurCents(1_600_000, 8)).toBe(20_000_000);
    expect(nokToEurCents(1, 8)).toBe(13); // 12,5 cents
    expect(nokToEurCents(1_000_000, 7.8067)).toBe(12_809_510); // 128 095,097… euro
  });

  test('room in kroner is never more than the euro are worth, and never a krone less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000_000 }),
        fc.integer({ min: 10_000, max: 200_000 }).map((n) => n / 10_000),
        (cents, rate) => {
          const nok = eurCentsToNok(cents, rate);
          expect(nok).toBeLessThanOrEqual((cents / 100) * rate + 1e-6);
          expect(nok).toBeGreaterThan((cents / 100) * rate - 1 - 1e-6);
        },
      ),
    );
  });

  test('converting whole kroner to cents and back loses less than a cent’s worth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 1, max: 300_000 }).map((n) => n / 10_000),
        (nok, rate) => {
          const cents = nokToEurCents(nok, rate);
          expect(Math.abs(cents - (nok * 100) / rate)).toBeLessThanOrEqual(0.5 + 1e-6);
        },
      ),
    );
  });
});

describe('single undertakings', () => {
  test('org.nr, Konsern and a name-only row with a known org.nr link; the same name with two org.nrs does not', () => {
    const a = { applicant: 'A AS', orgNo: '911111111', group: 'Holding' };
    const b = { applicant: 'B AS', orgNo: '922222222', group: 'holding' };
    const aByName = { applicant: 'a as' };
    const c1 = { applicant: 'C AS', orgNo: '933333333' };
    const c2 = { applicant: 'C AS', orgNo: '944444444' };
    const cByName = { applicant: 'C AS' };
    const book = undertakingsOf([a, b, aByName, c1, c2, cByName]);
    expect(book.idOf(a)).toBe(book.idOf(b));
    expect(book.idOf(aByName)).toBe(book.idOf(a));
    expect(book.idOf(c1)).not.toBe(book.idOf(c2));
    expect(book.idOf(cByName)).not.toBe(book.idOf(c1));
    expect(book.idOf({})).toBeUndefined();
  });

  test('without any Konsern: the same org.nr, or a name-only row with a known org.nr, is one undertaking', () => {
    const a1 = { applicant: 'A AS', orgNo: '911111111' };
    const a2 = { applicant: 'A AS avd. Raufoss', orgNo: '911111111' };
    const aByName = { applicant: 'a as' };
    const b = { applicant: 'B AS', orgNo: '922222222' };
    const bByName = { applicant: 'B AS' };
    const d = { applicant: 'D AS' };
    const book = undertakingsOf([a1, a2, aByName, b, d]);
    expect(book.ids).toEqual([book.idOf(a1), book.idOf(a1), book.idOf(a1), book.idOf(b), book.idOf(d)]);
    expect(book.idOf(a1)).not.toBe(book.idOf(b));
    expect(book.idOf(bByName)).toBe(book.idOf(b));
    expect(book.idOf(d)).not.toBe(book.idOf(a1));
    expect(book.idOf({})).toBeUndefined();
  });

  test('the plan’s municipality is public with or without «kommune»', () => {
    expect(isPublicApplicant({ applicant: 'Vestre Toten kommune' }, planWithRates)).toBe(true);
    expect(isPublicApplicant({ applicant: 'vestre toten' }, planWithRates)).toBe(true);
    expect(isPublicApplicant({ applicant: 'Vestre Toten Støperi AS' }, planWithRates)).toBe(false);
  });
});

describe('running judgements give what judging every grant against all the earlier ones gives', () => {
  // Three companies (two linked by Konsern), grants dated or known only by year over 2005–2027, a few
  // declarations of other aid; amounts around the ceilings so that windows pass them and fall back.
  const companies = [
    { applicant: 'A AS', orgNo: '911111111' },
    { applicant: 'B AS', orgNo: '922222222', group: 'Holding' },
    { applicant: 'C AS', orgNo: '933333333', group: 'holding' },
  ];
  const rowArb = fc.record({
    company: fc.integer({ min: 0, max: companies.length - 1 }),
    year: fc.integer({ min: 2005, max: 2027 }),
    day: fc.option(fc.integer({ min: 0, max: 364 }), { nil: undefined }),
    granted: fc.integer({ min: 1, max: 1_200_000 }),
    declared: fc.option(fc.integer({ min: 0, max: 900_000 }), { freq: 4, nil: undefined }),
  });
  const dayOf = (year: number, day: number) =>
    new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10); // day 364 is 30 or 31 December
  const rowsOf = (specs: (typeof rowArb extends fc.Arbitrary<infer T> ? T : never)[]): ProjectRow[] =>
    specs.map((spec, index) => ({
      row: index + 2,
      cells: {},
      raw: {},
      ...companies[spec.company],
      year: spec.year,
      ...(spec.day !== undefined ? { grantDate: dayOf(spec.year, spec.day) } : {}),
      granted: spec.granted,
      status: 'active',
      ...(spec.declared !== undefined ? { otherDeMinimis: spec.declared } : {}),
    }));
  // The default regulations; none (no rates: nothing can be judged); and windows that move back in time
  // (two fiscal years, then five rolling years) — the running sums must not assume they only move forward.
  const plans = [
    planWithRates,
    planWith({ rates: [] }),
    planWith({
      regulations: [
        { from: '2007-01-01', name: 'To', ceilingEur: 150_000, window: 'fiscalYears', years: 2, source: '' },
        {
          from: '2016-07-01',
          name: 'Fem',
          ceilingEur: 400_000,
          window: 'rollingYears',
          years: 5,
          source: '',
        },
      ],
    }),
  ];

  test('the project rule: each grant against its undertaking’s grants up to it', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.constantFrom(0, 1, 2).map((index) => plans[index]),
        (specs, plan) => {
          for (const ordered of new AidBook(plan, deMinimisGrants(rowsOf(specs), plan, usedAmount)).byUndertaking()) {
            const running = new RunningAid(plan, ordered);
            const mayPass = couldPassCeiling(plan, ordered);
            ordered.forEach((grant, index) => {
              const expected = judge(plan, grant.time, ordered.slice(0, index + 1));
              const total = running.at(index);
              if (!mayPass) expect(expected && exceeded(expected)).toBeFalsy();
              expect(total?.window).toEqual(expected?.window);
              expect(total?.exceeded).toBe(expected && exceeded(expected));
              if (total) expect(running.judgement(index, total.first)).toEqual(expected);
            });
          }
        },
      ),
    );
  });

  test('an application: the undertaking’s grants near the window, not all of them', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.constantFrom(0, 1, 2).map((index) => plans[index]),
        rowArb,
        (specs, plan, asked) => {
          const book = new AidBook(plan, deMinimisGrants(rowsOf(specs), plan, usedAmount));
          const recipient = companies[asked.company];
          const time =
            asked.day !== undefined
              ? { date: dayOf(asked.year, asked.day), year: asked.year }
              : { year: asked.year };
          const candidate = { nok: asked.granted, declaredOther: asked.declared };
          expect(book.judge(recipient, time, candidate)).toEqual(
            judge(plan, time, book.grantsOf(recipient), candidate),
          );
        },
      ),
    );
  });
});
