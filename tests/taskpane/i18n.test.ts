import fs from 'fs';
import path from 'path';
import { languageOf, messageIn, PANE, paneText as translate } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the pane’s words', () => {
  it('has an English twin for every bokmål string, with the same placeholders', () => {
    for (const key of Object.keys(PANE) as (keyof typeof PANE)[]) {
      const { nb, en } = PANE[key];
      expect({ key, vars: placeholders(en) }).toEqual({ key, vars: placeholders(nb) });
      expect(en.trim()).not.toBe('');
      expect(nb.trim()).not.toBe('');
    }
  });

  it('uses every message it has (each id is named somewhere in src)', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(file) && !file.endsWith(path.join('i18n', 'messages.ts'))) files.push(file);
      }
    };
    walk(path.join(__dirname, '..', '..', 'src'));
    const source = files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    const unused = Object.keys(PANE).filter((key) => !new RegExp(`['"\`]${key}['"\`]`).test(source));
    expect(unused).toEqual([]);
  });

  it('fills in placeholders and keeps numbers Norwegian in English', () => {
    expect(translate('nb', 'written', { rows: 7, sheet: 'Fordeling' })).toBe(
      'Skrev 7 rader til arket «Fordeling».',
    );
    expect(translate('en', 'allocationTotal', { amount: '6 300 000' })).toBe(
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
