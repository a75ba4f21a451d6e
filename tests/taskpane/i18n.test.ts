import { en } from '../../src/i18n/en';
import { languageOf, messageIn, translate } from '../../src/i18n';
import { nb } from '../../src/i18n/nb';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the pane’s words', () => {
  it('has an English twin for every bokmål string, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect({ key, vars: placeholders(en[key]) }).toEqual({ key, vars: placeholders(nb[key]) });
      expect(en[key].trim()).not.toBe('');
    }
  });

  it('fills in placeholders and keeps numbers Norwegian in English', () => {
    expect(translate('nb', 'written', { rows: 7, sheet: 'Fordeling' })).toBe(
      'Skrev 7 rader til arket «Fordeling».',
    );
    expect(translate('en', 'allocationTotal', { amount: '6 300 000' })).toBe(
      'Project money in the period: NOK 6 300 000',
    );
  });

  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['nb-NO', 'nb'],
    ['nn-NO', 'nb'],
    ['sv-SE', 'nb'],
    ['', 'nb'],
    [undefined, 'nb'],
  ])('Office display language %p → %p', (display, lang) => {
    expect(languageOf(display)).toBe(lang);
  });

  it('picks the English twin of a message only in English', () => {
    const finding = { message: 'Bevilget 0 kr', messageEn: 'Granted 0 kr' };
    expect(messageIn('nb', finding)).toBe('Bevilget 0 kr');
    expect(messageIn('en', finding)).toBe('Granted 0 kr');
    expect(messageIn('en', { message: 'Bare bokmål' })).toBe('Bare bokmål');
  });
});
