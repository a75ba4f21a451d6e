/**
 * The row scanner (src/xlsx/read/rowsScanner.ts) reads a run of rows straight from its bytes. Wherever it
 * answers, it must answer what saxes answers (rows.ts's `parseRowsAsXml`), and where saxes refuses a run it
 * must not answer at all. And it must answer for the rows Excel and ExcelJS write, or it saves nothing.
 */
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import type { RowRecords } from '../../src/xlsx/read/records';
import { parseRowsAsXml } from '../../src/xlsx/read/rows';
import { scanRows } from '../../src/xlsx/read/rowsScanner';

/** The records as plain data (the typed arrays cut to their count), or what saxes threw. */
function plain(records: RowRecords) {
  return {
    ...records,
    ints: [...records.ints.subarray(0, records.count * 4)],
    numbers: [...records.numbers.subarray(0, records.count)],
  };
}

function bySaxes(xml: string): ReturnType<typeof plain> | 'refused' {
  try {
    return plain(parseRowsAsXml(strToU8(xml)));
  } catch (_refused) {
    // SplitFailed, or a reference that is none: either way saxes does not read the run.
    return 'refused';
  }
}

/** The scanner's answer must be saxes's; undefined (left to saxes) is always allowed. */
function agrees(xml: string): boolean {
  const scanned = scanRows(strToU8(xml));
  if (scanned === undefined) return true;
  expect(plain(scanned)).toEqual(bySaxes(xml));
  return true;
}

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
/** Mostly what writers write, now and then something odd: a run of several rows is then odd somewhere. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 30 }, { arbitrary: odd, weight: 1 });

/** White space XML allows between attributes and elements; mostly none or one space. */
const space = mostly(pick('', ' ', '\n', '  '), pick('\t', '\r\n', '\r'));

/** Texts as a cell's value or formula holds them, now and then with what XML makes special. */
const text = fc.oneof(
  { arbitrary: fc.integer({ min: -1e6, max: 1e9 }).map(String), weight: 6 },
  { arbitrary: fc.double({ noNaN: false }).map(String), weight: 3 },
  {
    arbitrary: pick(
      '',
      '0',
      '-0',
      '007',
      '0.1',
      '.5',
      '-.5',
      '1.',
      '1e3',
      ' 12 ',
      '12345678901234567',
      '0.30000000000000004',
      '123456789012345.6',
      '1.7976931348623157e308',
      '0x1A',
      'true',
      'TRUE',
      '#REF!',
      '#N/A',
      '2024-03-01',
      '2024-03-01T12:00:00',
    ),
    weight: 4,
  },
  {
    arbitrary: pick(
      'Bøkkerfest på Raufoss',
      'A &amp; B',
      '&lt;b&gt; &quot;x&quot; &apos;y&apos;',
      '&amp;lt;',
      '&#10;',
      '&#x41;',
      '&nbsp;',
      '& bare',
      'a > b',
      ']]>',
      'line\nbreak',
      'line\r\nbreak',
      'tab\there',
      '\u0001',
      '\u00a0nbsp',
      '\ufffe',
      '\ufeffbom',
      '😀',
      '_x000D_',
      '_x005F_x0041_',
    ),
    weight: 1,
  },
  { arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replace(/</g, '')), weight: 1 },
);

const quote = pick('"', '"', "'");
const attribute = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
  fc
    .tuple(space, name, space, space, quote, value)
    .map(([before, n, a, b, q, v]) => `${before || ' '}${n}${a}=${b}${q}${v.replace(q, '')}${q}`);

const letters = mostly(pick('A', 'B', 'O', 'Z', 'AA', 'XFD'), pick('XFE', 'b', 'aa', ''));
const cellRef = fc.oneof(
  {
    arbitrary: fc.tuple(letters, fc.integer({ min: 0, max: 1_048_577 })).map(([l, r]) => `${l}${r}`),
    weight: 8,
  },
  { arbitrary: pick('', 'A', '1', 'A1B', '$A$1', 'A 1', 'ABCD1', 'A01'), weight: 1 },
);
const prefix = fc.oneof({ arbitrary: pick(''), weight: 12 }, { arbitrary: pick('x:'), weight: 1 });

const cellType = pick(undefined, undefined, 's', 'n', 'str', 'inlineStr', 'b', 'e', 'd', 'S', '');
const cellAttributes = fc
  .record({
    r: fc.option(cellRef, { nil: undefined }),
    s: fc.option(mostly(pick('0', '1', '12'), pick('007', '', '-1', '1.5', 'x', '1234567890')), {
      nil: undefined,
    }),
    t: fc.option(cellType, { nil: undefined }),
    other: fc.option(mostly(pick('cm="1"', 'ph="1"'), pick('vm="2"', 'r="B1"', 'x14:foo="1"')), {
      nil: undefined,
    }),
  })
  .chain(({ r, s, t, other }) =>
    fc
      .tuple(
        r === undefined ? pick('') : attribute(pick('r'), pick(r)),
        s === undefined ? pick('') : attribute(pick('s'), pick(s)),
        t === undefined ? pick('') : attribute(pick('t'), pick(t)),
        other === undefined ? pick('') : pick(` ${other}`),
      )
      .chain((parts) => fc.shuffledSubarray(parts, { minLength: parts.length }).map((p) => p.join(''))),
  );

const formula = fc.oneof(
  pick('SUM(A1:A3)', 'A1&amp;B1', '"x"&lt;&gt;B2', 'IF(A1&gt;0,1,0)').map((f) => `<f>${f}</f>`),
  fc
    .tuple(pick('0', '1', '', '&amp;'), fc.boolean(), pick('shared', 'normal', 'array'))
    .map(([si, master, t]) => `<f t="${t}" si="${si}"${master ? ' ref="A1:A9"' : ''}>A1*2</f>`),
  pick('<f t="shared" si="0"/>', '<f/>', '<f></f>', '<f ref="A1"/>'),
);

const child = (p: string) =>
  fc.oneof(
    { arbitrary: text.map((t) => `<${p}v>${t}</${p}v>`), weight: 30 },
    { arbitrary: pick(`<${p}v/>`, `<${p}v></${p}v>`, `<${p}v a="1">1</${p}v>`), weight: 1 },
    { arbitrary: formula.map((f) => f.replace(/<(\/?)f/g, `<$1${p}f`)), weight: 8 },
    {
      arbitrary: fc
        .tuple(text, pick('', ' xml:space="preserve"'), pick('', ' ', '\n'))
        .map(([t, attrs, ws]) => `<${p}is>${ws}<${p}t${attrs}>${t}</${p}t>${ws}</${p}is>`),
      weight: 8,
    },
    {
      arbitrary: pick(
        `<${p}is><${p}r><${p}t>rich</${p}t></${p}r></${p}is>`,
        `<${p}is><${p}t>Eina</${p}t><${p}rPh><${p}t>えいな</${p}t></${p}rPh></${p}is>`,
        `<${p}is/>`,
        `<${p}is><${p}t/></${p}is>`,
        `<${p}extLst/>`,
        '<!-- c -->',
        '<![CDATA[1]]>',
        '<?pi x?>',
        ' junk ',
      ),
      weight: 1,
    },
  );

const cell = prefix.chain((p) =>
  fc
    .tuple(cellAttributes, space, fc.array(child(p), { maxLength: 3 }), fc.boolean())
    .map(([attrs, ws, children, empty]) =>
      empty && children.length === 0
        ? `<${p}c${attrs}${ws}/>`
        : `<${p}c${attrs}${ws}>${children.join(ws)}</${p}c${ws && ws !== '\r' ? '' : ws}>`,
    ),
);

const rowAttributes = fc
  .tuple(
    fc.option(
      fc.oneof(
        fc.integer({ min: 0, max: 1_048_577 }).map(String),
        pick('', '1e3', '0x10', ' 2', '1.5', '-1'),
      ),
      { nil: undefined },
    ),
    fc.option(pick(' spans="1:15"', ' ht="15"', ' x14ac:dyDescent="0.25"', ' customHeight="1" ht="30"'), {
      nil: undefined,
    }),
  )
  .chain(([r, other]) =>
    fc
      .tuple(r === undefined ? pick('') : attribute(pick('r'), pick(r)), pick(other ?? ''))
      .chain((parts) => fc.shuffledSubarray(parts, { minLength: parts.length }).map((p) => p.join(''))),
  );

const rowXml = prefix.chain((p) =>
  fc
    .tuple(rowAttributes, fc.array(cell, { maxLength: 4 }), space)
    .map(([attrs, cells, ws]) =>
      cells.length === 0 && ws === '\n'
        ? `<${p}row${attrs}/>`
        : `<${p}row${attrs}>${cells.join(ws)}</${p}row>`,
    ),
);

const run = fc
  .tuple(fc.array(rowXml, { maxLength: 4 }), space, mostly(pick(''), pick('x', '<!-- -->', '</sheetData>')))
  .map(([rows, ws, tail]) => rows.join(ws) + tail);

describe('the row scanner', () => {
  it('answers what saxes answers, or leaves the run to saxes; never answers for a run saxes refuses', () => {
    fc.assert(fc.property(run, agrees), { numRuns: 10_000 });
  });

  it('reads rows as Excel and ExcelJS write them (it does not leave them to saxes)', () => {
    const plainRows = fc
      .array(
        fc.tuple(
          fc.integer({ min: 1, max: 1000 }),
          fc.array(
            fc.tuple(
              pick('s', 'n', 'str', 'b', 'e', 'inlineStr'),
              fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
              pick(
                '',
                '<f>SUM(A1:A3)&amp;"x"</f>',
                '<f t="shared" si="0" ref="B2:B9">A2*2</f>',
                '<f t="shared" si="0"/>',
              ),
            ),
            { maxLength: 15 },
          ),
        ),
        { minLength: 1, maxLength: 5 },
      )
      .map((rows) =>
        rows
          .map(
            ([r, cells]) =>
              `<row r="${r}" spans="1:15" x14ac:dyDescent="0.25">` +
              cells
                .map(([t, v, f], i) => {
                  const ref = `${String.fromCharCode(65 + i)}${r}`;
                  const formula = f;
                  if (t === 'inlineStr')
                    return `<c r="${ref}" t="inlineStr"><is><t>Tekst ${v} &amp; æøå</t></is></c>`;
                  return `<c r="${ref}" s="3"${t === 'n' ? '' : ` t="${t}"`}>${formula}<v>${t === 's' ? Math.trunc(Math.abs(v)) : v}</v></c>`;
                })
                .join('') +
              '</row>',
          )
          .join(''),
      );
    fc.assert(
      fc.property(plainRows, (xml) => {
        const scanned = scanRows(strToU8(xml));
        expect(scanned).toBeDefined();
        expect(plain(scanned as RowRecords)).toEqual(bySaxes(xml));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'a shared formula and its master',
      '<row r="2"><c r="B2"><f t="shared" si="0" ref="B2:B9">A2*2</f><v>4</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>',
    ],
    [
      'decimals and a negative zero',
      '<row r="1"><c r="A1"><v>0.1</v></c><c><v>-0</v></c><c><v>123456789012345.6</v></c><c><v>-.5</v></c></row>',
    ],
    [
      'a row and cells without numbers',
      '<row><c><v>1</v></c><c/><c t="s"><v>2</v></c></row><row/><row><c><v>3</v></c></row>',
    ],
  ])('reads %s as saxes does', (_, xml) => {
    expect(scanRows(strToU8(xml))).toBeDefined();
    expect(agrees(xml)).toBe(true);
  });

  it.each([
    [
      'a carriage return in a text',
      '<row r="1"><c t="str"><v>a\r\nb</v></c><c t="str"><v>a\rb</v></c></row>',
    ],
    ['no white space between attributes', '<row r="1"><c r="A1"s="1"><v>1</v></c></row>'],
    ['"]]>" in a text', '<row r="1"><c t="str"><v>a]]>b</v></c></row>'],
    ['an attribute twice', '<row r="1"><c r="A1" r="B1"><v>1</v></c></row>'],
    ['a character XML cannot hold', '<row r="1"><c t="str"><v>\ufffe</v></c></row>'],
    ['a control character', '<row r="1"><c t="str"><v>\u0001</v></c></row>'],
    ['an entity XML does not know', '<row r="1"><c t="str"><v>a&nbsp;b</v></c></row>'],
    // Found by the property test: the inline string of a number cell is never used, but it must be XML.
    [
      'an entity XML does not know, in a text the cell does not use',
      '<row><c><is><t>&nbsp;</t></is></c></row>',
    ],
    ['a row past the last', '<row r="1048577"><c><v>1</v></c></row>'],
    ['a number of more digits than a double holds', '<row r="1"><c><v>12345678901234567</v></c></row>'],
  ])('with %s, it leaves the run to saxes or answers as saxes does', (_, xml) => {
    expect(agrees(xml)).toBe(true);
  });
});
