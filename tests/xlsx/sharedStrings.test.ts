/**
 * The shared strings read in runs (src/xlsx/read/sharedStrings.ts): the pattern reads a run of plain `<si>` as
 * saxes reads it, or leaves the run to saxes, and never reads a run saxes refuses; and the table read in runs
 * is the table read in one piece.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Grid } from '../../src/core/types';
import type { ReaderPlatform } from '../../src/xlsx/read/book';
import { parseStringsAsXml, plainStrings } from '../../src/xlsx/read/sharedStrings';
import { XlsxWorkbookPort } from '../../src/xlsx/xlsxPort';
import { patch, workbookBytes } from './hostile';
import { chunkedInflate, inOnePiece } from './split';

const STRINGS = 'xl/sharedStrings.xml';

/** What saxes makes of a run: the strings (escapes not undone) and the characters counted, or 'refused'. */
function bySaxes(xml: string): { strings: string[]; chars: number } | 'refused' {
  const read = { strings: [] as string[], chars: 0 };
  try {
    parseStringsAsXml(strToU8(xml), {
      count: (text) => (read.chars += text.length),
      add: (text) => read.strings.push(text),
    });
    return read;
  } catch (_refused) {
    // SplitFailed: saxes does not read the run (not XML, or not whole <si>).
    return 'refused';
  }
}

/** The pattern's answer must be saxes's; undefined (left to saxes) is always allowed. */
function agrees(xml: string): boolean {
  const plain = plainStrings(strToU8(xml));
  if (plain === undefined) return true;
  const chars = plain.reduce((sum, text) => sum + text.length, 0);
  expect({ strings: plain, chars }).toEqual(bySaxes(xml));
  return true;
}

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
/** Mostly what writers write, now and then something odd: a run of several strings is then odd somewhere. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 30 }, { arbitrary: odd, weight: 1 });

const space = mostly(pick('', '', ' ', '\n'), pick('\t', '\r\n', '\r', '\u00a0'));
const text = fc.oneof(
  {
    arbitrary: pick(
      'Bøkkerfest på Raufoss',
      'Toten Bil AS',
      'Avsluttet',
      '125 000',
      ' ledende og etterfølgende ',
    ),
    weight: 8,
  },
  { arbitrary: fc.string({ maxLength: 10 }).map((s) => s.replace(/[<&]/g, '')), weight: 4 },
  {
    arbitrary: pick(
      'A &amp; B',
      '&lt;&gt;&quot;&apos;',
      '&#10;',
      '&nbsp;',
      '& bare',
      'a > b',
      ']]>',
      'line\r\nbreak',
      'tab\tand\nline',
      '\u0001',
      '\ufffe',
      '_x000D_',
      '😀',
    ),
    weight: 2,
  },
);
const t = fc
  .tuple(
    mostly(pick('', ' xml:space="preserve"'), pick(" xml:space='preserve'", ' a="1" a="2"', ' x="<"')),
    text,
  )
  .map(([attrs, value]) => (value === '' ? `<t${attrs}/>` : `<t${attrs}>${value}</t>`));
const si = fc
  .tuple(
    mostly(pick(''), pick(' x="1"')),
    mostly(pick(''), pick(' ', '\n')),
    fc.oneof(
      { arbitrary: t.map((one) => [one]), weight: 12 },
      { arbitrary: fc.array(t, { maxLength: 3 }), weight: 1 },
      {
        arbitrary: pick(
          ['<r><rPr><b/></rPr><t>rik</t></r>', '<r><t> tekst</t></r>'],
          ['<t>Eina</t>', '<rPh sb="0" eb="2"><t>えいな</t></rPh>', '<phoneticPr fontId="1"/>'],
          ['<!-- c -->', '<t>x</t>'],
          ['<x:t>x</x:t>'],
          ['tekst'],
        ),
        weight: 1,
      },
    ),
  )
  .map(([attrs, ws, children]) =>
    children.length === 0 ? `<si${attrs}/>` : `<si${attrs}>${ws}${children.join(ws)}${ws}</si>`,
  );
const run = fc
  .tuple(
    fc.array(fc.tuple(space, si), { maxLength: 6 }),
    space,
    mostly(pick(''), pick('x', '<!-- -->', '</sst>')),
  )
  .map(([items, ws, tail]) => items.map(([before, one]) => before + one).join('') + ws + tail);

describe('the shared strings pattern', () => {
  it('reads a run as saxes does, or leaves it to saxes; never reads a run saxes refuses', () => {
    fc.assert(fc.property(run, agrees), { numRuns: 5000 });
  });

  it('reads <si> as Excel and ExcelJS write them (it does not leave them to saxes)', () => {
    const xml =
      '<si><t>Bøkkerfest på Raufoss</t></si><si><t xml:space="preserve"> Toten &amp; Co </t></si>\n<si><t>&lt;b&gt;</t></si>';
    expect(plainStrings(strToU8(xml))).toEqual(['Bøkkerfest på Raufoss', ' Toten & Co ', '<b>']);
    expect(agrees(xml)).toBe(true);
  });

  it.each([
    ['rich text', '<si><r><rPr><b/></rPr><t>rik</t></r><r><t> tekst</t></r></si>', ['rik tekst']],
    ['a phonetic run', '<si><t>Eina</t><rPh sb="0" eb="2"><t>えいな</t></rPh></si>', ['Eina']],
    ['a character reference', '<si><t>a&#10;b</t></si>', ['a\nb']],
    ['a carriage return', '<si><t>a\r\nb</t></si>', ['a\nb']],
  ])('leaves %s to saxes, which reads it', (_, xml, strings) => {
    expect(plainStrings(strToU8(xml))).toBeUndefined();
    expect(bySaxes(xml)).toMatchObject({ strings });
  });
});

describe('the shared strings read in runs', () => {
  /** The sample, with 500 strings more (in column Z) so the table is cut into runs; `odd` after the n-th. */
  async function manyStrings(odd: (n: number) => string = () => ''): Promise<Uint8Array> {
    const bytes = await workbookBytes((_, sheet) => {
      for (let i = 0; i < 500; i++) sheet.getCell(40 + i, 26).value = `Streng nummer ${i} & co`;
    });
    return patch(bytes, {
      [STRINGS]: (xml) => {
        let n = 0;
        return xml.replace(/<\/si>/g, (end) => `${end}${odd(n++)}`);
      },
    });
  }

  async function grid(bytes: Uint8Array, platform: ReaderPlatform): Promise<Grid> {
    const port = await XlsxWorkbookPort.openForReading(bytes, { platform });
    return port.readRange('Prosjekter!A1:Z600');
  }

  it('gives the strings read in one piece', async () => {
    const bytes = await manyStrings();
    expect(strFromU8(unzipSync(bytes)[STRINGS] as Uint8Array).length).toBeGreaterThan(10_000);
    const inRuns = await grid(bytes, { inflate: chunkedInflate([700, 1300], true) });
    expect(inRuns).toEqual(await grid(bytes, { inflate: inOnePiece() }));
    expect(inRuns.values[40 + 361 - 1]?.[25]).toBe('Streng nummer 361 & co');
  });

  it.each([
    ['a comment', '<!-- </si> -->'],
    ['rich text', '<si><r><t>rik</t></r><r><t> tekst</t></r></si>'],
  ])('gives the strings read in one piece with %s among them', async (_, odd) => {
    const bytes = await manyStrings((n) => (n === 300 ? odd : ''));
    const inRuns = await grid(bytes, { inflate: chunkedInflate([900], false) });
    expect(inRuns).toEqual(await grid(bytes, { inflate: inOnePiece() }));
    expect(inRuns.values[40 + 499 - 1]?.[25]).toBeTruthy();
  });

  it('keeps to the limit on how many strings, read in runs too', async () => {
    const bytes = await manyStrings();
    const port = await XlsxWorkbookPort.openForReading(bytes, {
      platform: { inflate: chunkedInflate([700], true) },
      limits: { sharedStrings: 400 },
    });
    await expect(port.readRange('Prosjekter!A1:Z600')).rejects.toMatchObject({ code: 'read-limit' });
  });
});
