import { translate as say } from '../../src/core/messages';
import { languageOf, messageIn, paneText as translate } from '../../src/i18n';
import { ALLOCATION_WORDS } from '../../src/taskpane/panels/AllocationWords';

// Both languages, the same placeholders, and every id used: tests/core/catalogues.test.ts (all catalogues).
describe('the pane’s words', () => {
  it('fills in placeholders and keeps numbers Norwegian in English', () => {
    expect(translate('nb', 'written', { rows: 7, sheet: 'Fordeling' })).toBe(
      'Skrev 7 rader til arket «Fordeling».',
    );
    expect(say('en', ALLOCATION_WORDS, 'allocationTotal', { amount: '6 300 000' })).toBe(
      'Project money in the period: 6 300 000 kr',
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
