import fs from 'fs';
import path from 'path';
import { assessmentRules } from '../../src/core/assessment';
import { errorFactory, isOmstillingError, OmstillingError } from '../../src/core/errors';
import {
  bilingual,
  defineMessages,
  fill,
  langOf,
  placeholders,
  translate,
  type Bilingual,
} from '../../src/core/messages';
import { allRules } from '../../src/core/rules';
import { voiceProblems } from '../support/voice';

const catalogue = defineMessages({
  written: { nb: 'Skrev {rows} rader til arket «{sheet}».', en: 'Wrote {rows} rows to the sheet "{sheet}".' },
  missing: { nb: '«{field}» mangler.', en: '{field} is missing.' },
});

describe('messages', () => {
  it('fills placeholders from data, in the language asked for', () => {
    expect(translate('nb', catalogue, 'written', { rows: 7, sheet: 'Fordeling' })).toBe(
      'Skrev 7 rader til arket «Fordeling».',
    );
    expect(translate('en', catalogue, 'written', { rows: 7, sheet: 'Fordeling' })).toBe(
      'Wrote 7 rows to the sheet "Fordeling".',
    );
  });

  it('takes a value with a word per language', () => {
    const field = { nb: 'Bevilget', en: 'Granted' };
    expect(bilingual(catalogue, 'missing', { field })).toEqual({
      nb: '«Bevilget» mangler.',
      en: 'Granted is missing.',
    });
  });

  it('leaves a placeholder without a value as it is, and never reads inherited properties', () => {
    expect(fill('nb', '{a} og {toString}', { a: 1 })).toBe('1 og {toString}');
  });

  it('lists placeholders sorted', () => {
    expect(placeholders('{sheet} {rows} {sheet}')).toEqual(['rows', 'sheet', 'sheet']);
  });

  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['english', 'en'],
    ['engelsk', 'en'],
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['nn-NO', 'nb'],
    ['no', 'nb'],
    ['bokmål', 'nb'],
    ['norsk', 'nb'],
    ['sv-SE', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('langOf(%p) → %p', (text, lang) => {
    expect(langOf(text)).toBe(lang);
  });
});

describe('OmstillingError', () => {
  const fail = errorFactory<'too-big' | 'too-small' | 'small-detail', 'too-big' | 'too-small'>(
    'input',
    defineMessages({
      'too-big': { nb: '{n} er for stort.', en: '{n} is too big.' },
      'too-small': { nb: '{n} er for lite.', en: '{n} is too small.' },
      'small-detail': { nb: '{n} er for lite ({why}).', en: '{n} is too small ({why}).' },
    }),
  );

  it('carries a typed code, the domain and both languages', () => {
    const error = fail('too-big', { n: 7 }, { kind: 'num' });
    expect(error).toBeInstanceOf(OmstillingError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('too-big');
    expect(error.domain).toBe('input');
    expect(error.message).toBe('7 er for stort.');
    expect(error.messageEn).toBe('7 is too big.');
    expect(error.in('en')).toBe('7 is too big.');
    expect(error.details.kind).toBe('num');
  });

  it('lets several messages share a code', () => {
    const error = fail.as('too-small', 'small-detail', { n: 1, why: { nb: 'null', en: 'zero' } });
    expect(error.code).toBe('too-small');
    expect(error.in('en')).toBe('1 is too small (zero).');
  });

  it('is told from other errors, and by domain', () => {
    expect(isOmstillingError(fail('too-big', { n: 1 }))).toBe(true);
    expect(isOmstillingError(fail('too-big', { n: 1 }), 'input')).toBe(true);
    expect(isOmstillingError(fail('too-big', { n: 1 }), 'workbook')).toBe(false);
    expect(isOmstillingError(new Error('x'))).toBe(false);
  });
});

describe('every rule’s messages', () => {
  const rules = [...allRules, ...assessmentRules];

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s: each message in both languages, with the same placeholders, and used by the rule',
    (id, rule) => {
      const source = ruleSource(id);
      for (const [messageId, text] of Object.entries(rule.messages as Record<string, Bilingual>)) {
        expect({ messageId, nb: text.nb.trim() === '', en: text.en.trim() === '' }).toEqual({
          messageId,
          nb: false,
          en: false,
        });
        expect({ messageId, placeholders: [...new Set(placeholders(text.en))] }).toEqual({
          messageId,
          placeholders: [...new Set(placeholders(text.nb))],
        });
        expect({ messageId, used: source.includes(`'${messageId}'`) }).toEqual({ messageId, used: true });
      }
    },
  );
});

describe('every rule’s words keep one voice per language (tests/support/voice.ts)', () => {
  it('has «» and the decimal comma in bokmål, "" and the decimal point in English', () => {
    const texts = [...allRules, ...assessmentRules].flatMap((rule) => [
      ...Object.entries(rule.messages as Record<string, Bilingual>).map(
        ([id, text]) => [`${rule.id} ${id}`, text] as const,
      ),
      ...(rule.headline ? [[`${rule.id} headline`, rule.headline as Bilingual] as const] : []),
      [`${rule.id} description`, rule.description as Bilingual] as const,
    ]);
    const wrong = texts.flatMap(([where, text]) =>
      [...voiceProblems(text.nb, 'nb'), ...voiceProblems(text.en, 'en')].map(
        (problem) => `${where}: ${problem}`,
      ),
    );
    expect(wrong).toEqual([]);
  });
});

describe('every headline (the board’s short sentence)', () => {
  const withHeadline = [...allRules, ...assessmentRules].filter((rule) => rule.headline);

  it('is given by each rule whose findings concern one application', () => {
    expect(withHeadline.map((rule) => rule.id).sort()).toEqual([
      'applicant-de-minimis',
      'application-invalid-number',
      'application-invalid-org-number',
      'board-member-conflict',
      'category-amount-unusual',
      'duplicate-application-id',
      'support-share-exceeded',
    ]);
  });

  it.each(withHeadline.map((rule) => [rule.id, rule] as const))(
    '%s: both languages, filled only from what its messages are given',
    (_, rule) => {
      const headline = rule.headline as Bilingual;
      expect([...new Set(placeholders(headline.en))]).toEqual([...new Set(placeholders(headline.nb))]);
      const given = new Set(
        Object.values(rule.messages as Record<string, Bilingual>).flatMap((m) => placeholders(m.nb)),
      );
      for (const name of placeholders(headline.nb))
        expect({ name, given: given.has(name) }).toEqual({ name, given: true });
    },
  );
});

/** A rule's file, with the rule modules it imports its messages or factory from (unknownLabel, numberProblems …). */
function ruleSource(id: string): string {
  const candidates = [`src/core/rules/${id}.ts`, `src/core/assessment/rules/${id}.ts`]
    .map((file) => path.join(__dirname, '../..', file))
    .filter((file) => fs.existsSync(file));
  // Both files when the project and the assessment registries each have a rule of this id.
  const rulesFolder = path.join(__dirname, '../../src/core/rules');
  const sources = candidates.flatMap((candidate) => {
    const own = fs.readFileSync(candidate, 'utf8');
    const shared = [...own.matchAll(/from '(\.{1,2}\/[^']+)'/g)]
      .map((match) => `${path.resolve(path.dirname(candidate), match[1])}.ts`)
      .filter((file) => path.dirname(file) === rulesFolder && fs.existsSync(file));
    return [own, ...shared.map((file) => fs.readFileSync(file, 'utf8'))];
  });
  return sources.join('\n');
}
