/** The OMSTILLING functions as Excel calls them: the seed's numbers, and every wrong argument's error. */
import { errorOf, installCustomFunctions } from './customFunctionsStandIn';
import { allocate, frame, gap, goal, goalCurve, remaining } from '../../src/functions/functions';
import { setDisplayLanguageGetter } from '../../src/functions/runtime';
import { setPlanProvider } from '../../src/functions/planSource';
import { defaultPlan } from '../../src/core/plan';

installCustomFunctions();

beforeEach(() => {
  setDisplayLanguageGetter(() => 'nb-NO');
  setPlanProvider(async () => defaultPlan);
});

const VALUE = '#VALUE!';
const NUM = '#NUM!';

describe('GOALCURVE (MÅLKURVE)', () => {
  it('spills year and target from the base year, rounding each year like the plan (13255 in 2017)', () => {
    expect(goalCurve(12928, 0.005, 2012, 2017)).toEqual([
      [2012, 12928],
      [2013, 12993],
      [2014, 13058],
      [2015, 13123],
      [2016, 13189],
      [2017, 13255],
    ]);
  });

  it('gives 13254 in 2017 with "slutt" / "final" (exact compounding)', () => {
    expect(goalCurve(12928, 0.005, 2012, 2017, 'slutt').at(-1)).toEqual([2017, 13254]);
    expect(goalCurve(12928, 0.005, 2012, 2017, 'final').at(-1)).toEqual([2017, 13254]);
  });

  it('leaves values unrounded with "ingen" / "none"', () => {
    const last = goalCurve(12928, 0.005, 2012, 2017, 'ingen').at(-1) as number[];
    expect(last[1]).toBeCloseTo(12928 * 1.005 ** 5, 6);
    expect(goalCurve(12928, 0.005, 2012, 2017, 'none')).toEqual(goalCurve(12928, 0.005, 2012, 2017, 'ingen'));
  });

  it('treats an omitted rounding (null from Excel, or an empty cell) as "årlig"', () => {
    expect(goalCurve(12928, 0.005, 2012, 2017, null)).toEqual(goalCurve(12928, 0.005, 2012, 2017, 'årlig'));
    expect(goalCurve(12928, 0.005, 2012, 2017, '')).toEqual(goalCurve(12928, 0.005, 2012, 2017, 'yearly'));
  });

  it('reads numbers typed as text the Norwegian way', () => {
    expect(goalCurve('12 928', '0,5 %', '2012', 2017).at(-1)).toEqual([2017, 13255]);
    expect(goalCurve(12928, '0,005', 2012, 2017).at(-1)).toEqual([2017, 13255]);
  });

  it('is a single row when toYear is the base year', () => {
    expect(goalCurve(12928, 0.005, 2012, 2012)).toEqual([[2012, 12928]]);
  });
});

describe('GOAL (MÅLTALL) and GAP (AVVIK)', () => {
  it('gives the employment goal 6550 for 2016 (6232 in 2011, +1 %/yr)', () => {
    expect(goal(6232, 0.01, 2011, 2016)).toBe(6550);
    expect([2012, 2013, 2014, 2015].map((year) => goal(6232, 0.01, 2011, year))).toEqual([
      6294, 6357, 6421, 6485,
    ]);
  });

  it('gives actual − target, negative when behind', () => {
    expect(gap(6500, 6232, 0.01, 2011, 2016)).toBe(-50);
    expect(gap(13300, 12928, 0.005, 2012, 2017)).toBe(45);
    expect(gap(13300, 12928, 0.005, 2012, 2017, 'slutt')).toBe(46);
  });
});

describe('ALLOCATE (FORDEL)', () => {
  it('splits the project money 70/30 in whole 100 000s: {4 400 000; 1 900 000}', () => {
    expect(allocate(6300000, [[70], [30]], 100000)).toEqual([[4400000], [1900000]]);
  });

  it('keeps the shape of the weights: a row gives a row', () => {
    expect(allocate(6300000, [[70, 30]], 100000)).toEqual([[4400000, 1900000]]);
  });

  it('splits to the krone without a unit, and the parts add up exactly', () => {
    const parts = allocate(1000, [[1], [1], [1]]).flat();
    expect(parts.slice(0, 3)).toEqual([334, 333, 333]);
  });

  it('takes weights as percent cells (fractions) and totals typed as text', () => {
    expect(allocate('6,3 mill', [[0.7], [0.3]], '100 000')).toEqual([[4400000], [1900000]]);
  });

  it('gives held positions their amount and splits the rest by weight', () => {
    expect(allocate(6300000, [[70], [30]], null, [[''], [2000000]])).toEqual([[4300000], [2000000]]);
  });

  it('ignores a holds range with no amounts in it', () => {
    expect(allocate(6300000, [[70], [30]], 100000, [[null], ['']])).toEqual([[4400000], [1900000]]);
  });
});

describe('FRAME (RAMME) and REMAINING (RESTRAMME) on the default plan', () => {
  it('gives the period frame of an area', async () => {
    await expect(frame('Nyskaping i næringslivet')).resolves.toBe(4400000);
    await expect(frame('Attraktivitet for næringslivet')).resolves.toBe(1900000);
  });

  it('accepts an alias, other case and spacing, and the administration', async () => {
    await expect(frame('  nyskaping I næringslivet ')).resolves.toBe(4400000);
    await expect(frame('Velferdsinnovasjon')).resolves.toBe(4400000);
    await expect(frame('Programadministrasjon')).resolves.toBe(2700000);
  });

  it("gives one year's part of the frame, and the years add up to the period", async () => {
    const years = await Promise.all(
      [2013, 2014, 2015].map((year) => frame('Nyskaping i næringslivet', year)),
    );
    expect(years.reduce((sum, n) => sum + n, 0)).toBe(4400000);
    for (const part of years) expect(part).toBeGreaterThan(0);
  });

  const areas = [
    ['Innsatsområde'],
    ['Nyskaping i næringslivet'],
    ['Attraktivitet'],
    ['Nyskaping'],
    ['Sentrum'],
    [''],
  ];
  const amounts = [['Bevilget'], [1000000], ['500 000'], [250000], [70000], [null]];
  const years = [['År'], [2013], [2013], [2014], [2012], [null]];

  it('subtracts what is granted in the area (aliases included), skipping headers and other areas', async () => {
    await expect(remaining('Nyskaping i næringslivet', areas, amounts)).resolves.toBe(4400000 - 1250000);
    await expect(remaining('Attraktivitet for næringslivet', areas, amounts)).resolves.toBe(1900000 - 500000);
  });

  it('with years: counts only the period, or only the year asked for', async () => {
    const legacy = [['Nyskaping i næringslivet'], ['Nyskaping i næringslivet']];
    await expect(
      remaining('Nyskaping i næringslivet', legacy, [[300000], [100000]], [[2012], [2013]]),
    ).resolves.toBe(4300000);
    const year2013 = await frame('Nyskaping i næringslivet', 2013);
    await expect(remaining('Nyskaping i næringslivet', areas, amounts, years, 2013)).resolves.toBe(
      year2013 - 1000000,
    );
  });

  it('is negative when the frame is exceeded', async () => {
    await expect(remaining('Attraktivitet', [['Attraktivitet']], [[2000000]])).resolves.toBe(-100000);
  });
});

describe('data types (allowCustomDataForDataTypeAny): a cell holding one counts as its basicValue', () => {
  // Excel passes such a cell to an `any` parameter as its JSON object; basicValue is what Range.values gives.
  const text = (basicValue: string) => ({ type: 'String', basicValue, basicType: 'String' });
  const money = (basicValue: number) => ({
    type: 'FormattedNumber',
    basicValue,
    basicType: 'Double',
    numberFormat: '#,##0 "kr"',
  });
  const entity = { type: 'Entity', text: 'Vestre Toten', basicValue: '#VALUE!', basicType: 'Error' };

  it('text and formatted numbers read as the text and the number', async () => {
    await expect(frame(text('Nyskaping i næringslivet'))).resolves.toBe(4400000);
    await expect(
      remaining(
        'Attraktivitet',
        [[text('Attraktivitet')], [text('Attraktivitet')]],
        [[money(100000)], [money(5)]],
      ),
    ).resolves.toBe(1900000 - 100005);
    expect(goal(money(6232), 0.01, 2011, 2016)).toBe(6550);
  });

  it('an entity is Excel’s #VALUE! where a number belongs', () => {
    const error = (() => {
      try {
        goal(entity, 0.01, 2011, 2016);
      } catch (thrown) {
        return thrown as { code: string; message: string };
      }
      throw new Error('expected an error');
    })();
    expect(error.code).toBe(VALUE);
    expect(error.message).toContain('«#VALUE!»');
  });
});

describe('errors: #VALUE! with a message for wrong arguments', () => {
  it.each([
    [
      'text where the base belongs',
      () => goalCurve('mange', 0.005, 2012, 2017),
      /«grunnlag» skal være et tall, ikke «mange»/,
    ],
    ['text where the rate belongs', () => goal(6232, 'litt', 2011, 2016), /«vekst» skal være et tall/],
    [
      'a year that is not whole',
      () => goal(6232, 0.01, 2011.5, 2016),
      /«grunnår» skal være et årstall, ikke «2011,5»/,
    ],
    ['a missing argument', () => goalCurve(null, 0.005, 2012, 2017), /Argumentet «grunnlag» mangler/],
    [
      'text where the actual figure belongs',
      () => gap('n/a', 6232, 0.01, 2011, 2016),
      /«faktisk» skal være et tall/,
    ],
    [
      'an unknown rounding mode',
      () => goal(6232, 0.01, 2011, 2016, 'kvartalsvis'),
      /Ukjent avrunding «kvartalsvis»/,
    ],
    ['a boolean as rounding', () => goal(6232, 0.01, 2011, 2016, true), /Ukjent avrunding «SANN»/],
    [
      'a rate of 1 (1 % or 100 %?)',
      () => goal(6232, 1, 2011, 2016),
      /«1» for «vekst» kan bety 1\s% eller 100\s% — mente du «1\s%» eller «100\s%»\?/,
    ],
    [
      'a rate typed as the text 0,5',
      () => goalCurve(12928, '0,5', 2012, 2017),
      /mente du «0,5\s%» eller «50\s%»/,
    ],
    [
      'text in the weights',
      () => allocate(100, [[1], ['x']]),
      /«vekter» \(celle 2\) skal være et tall, ikke «x»/,
    ],
    ['a negative weight', () => allocate(100, [[1], [-1]]), /«vekter» \(celle 2\) er negativ/],
    ['all-zero weights', () => allocate(100, [[0], [0]]), /Alle vektene er 0/],
    ['text where the total belongs', () => allocate('mye', [[1]]), /«beløp» skal være et tall/],
    ['holds of another size than the weights', () => allocate(100, [[1], [1]], null, [[5]]), /like store/],
  ])('%s', async (_case, call, message) => {
    const shown = await errorOf(call);
    expect(shown.code).toBe(VALUE);
    expect(shown.message).toMatch(message);
  });

  it('names an unknown area and suggests the one meant', async () => {
    const shown = await errorOf(() => frame('Nyskapning i næringslivet'));
    expect(shown.code).toBe(VALUE);
    expect(shown.message).toMatch(
      /Ukjent innsatsområde «Nyskapning i næringslivet»\. Mente du «Nyskaping i næringslivet»\?/,
    );
  });

  it('rejects a year outside the plan period, and a number as area', async () => {
    expect((await errorOf(() => frame('Attraktivitet', 2016))).message).toMatch(
      /2016 er utenfor planperioden 2013–2015/,
    );
    expect((await errorOf(() => frame(42))).message).toMatch(/Ukjent innsatsområde «42»/);
  });

  it('REMAINING: ranges of different sizes, an amount that is not a number, a typo of the area, year without years', async () => {
    const area = 'Nyskaping i næringslivet';
    expect((await errorOf(() => remaining(area, [[area], [area]], [[1]]))).message).toMatch(
      /«beløpene» har 1 celler, men «områder» har 2/,
    );
    expect((await errorOf(() => remaining(area, [[area]], [['mye']]))).message).toMatch(
      /«beløpene» \(celle 1\)/,
    );
    expect((await errorOf(() => remaining(area, [['Nyskaping i næringslivett']], [[5]]))).message).toMatch(
      /Rad 1: ukjent innsatsområde «Nyskaping i næringslivett»\. Mente du «Nyskaping i næringslivet»\?/,
    );
    expect((await errorOf(() => remaining(area, [[area]], [[5]], undefined, 2013))).message).toMatch(
      /Gi «årene»/,
    );
    expect((await errorOf(() => remaining(area, [[area]], [[5]], [['i fjor']]))).message).toMatch(
      /Rad 1: årstallet «i fjor» kan ikke leses/,
    );
  });
});

describe('errors: #NUM! for numbers outside what makes sense', () => {
  it.each([
    ['a rate of −100 %', () => goal(6232, '−100 %', 2011, 2016)],
    ['a total that is not whole kroner (not quietly rounded)', () => allocate(100.5, [[1], [1]])],
    ['a unit of 0', () => allocate(100, [[1], [1]], 0)],
    ['a rate below −100 %', () => goalCurve(6232, '-150 %', 2011, 2016)],
    ['toYear before fromYear', () => goalCurve(12928, 0.005, 2017, 2012)],
    ['a year before the base year', () => gap(6000, 6232, 0.01, 2011, 2010)],
    ['more than 200 years', () => goalCurve(12928, 0.005, 2012, 2213)],
  ])('%s', async (_case, call) => {
    expect((await errorOf(call)).code).toBe(NUM);
  });

  it('allows exactly 200 years', () => {
    expect(goalCurve(1, 0, 2000, 2200)).toHaveLength(201);
  });
});

describe('the language of the messages follows Excel', () => {
  it('is English when Excel is in English', async () => {
    setDisplayLanguageGetter(() => 'en-US');
    expect((await errorOf(() => goalCurve('many', 0.005, 2012, 2017))).message).toBe(
      '"base" must be a number, not "many".',
    );
    expect((await errorOf(() => frame('Nyskapning'))).message).toMatch(/^Unknown focus area "Nyskapning"/);
  });

  it('is bokmål for Norwegian, any other language, and when the language cannot be read', async () => {
    for (const language of ['nb-NO', 'nn-NO', 'de-DE']) {
      setDisplayLanguageGetter(() => language);
      expect((await errorOf(() => goal(6232, 'x', 2011, 2016))).message).toMatch(/skal være et tall/);
    }
    setDisplayLanguageGetter(() => {
      throw new Error('Office.context is not ready');
    });
    expect((await errorOf(() => goal(6232, 'x', 2011, 2016))).message).toMatch(/skal være et tall/);
  });
});

describe('nothing but CustomFunctions.Error reaches Excel', () => {
  it('turns an unexpected failure (a bug, not the input) into #VALUE! that says what happened', async () => {
    setPlanProvider(async () => {
      throw new Error('ItemNotFound');
    });
    const shown = await errorOf(() => frame('Attraktivitet'));
    expect(shown.code).toBe('#VALUE!');
    expect(shown.message).toMatch(/Uventet feil i OMSTILLING: ItemNotFound/);
  });
});
