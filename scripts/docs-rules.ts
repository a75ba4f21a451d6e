/**
 * `npm run docs:rules`: writes the rule catalogue into README.md from the registries
 * (src/core/rules/index.ts, src/core/assessment/rules/index.ts), between the markers below.
 * tests/ship/docs.test.ts fails when the README's catalogue is not what this writes.
 */
import fs from 'fs';
import path from 'path';
import { assessmentRules } from '../src/core/assessment';
import { allRules } from '../src/core/rules';
import type { Rule } from '../src/core/rules';
import type { Severity } from '../src/core/types';

export const README = path.resolve(__dirname, '../README.md');
const START = '<!-- rules:start (npm run docs:rules writes this table from the rule registries) -->';
const END = '<!-- rules:end -->';

const SEVERITY: Record<Severity, string> = {
  error: 'feil / error',
  warning: 'advarsel / warning',
  info: 'info',
};

function table(rules: readonly Rule<string, never>[]): string[] {
  const rows = rules.map((rule) => {
    const severity = SEVERITY[rule.severity] + (rule.milderSeverity ? ` (${rule.milderSeverity})` : '');
    const note = (lang: 'nb' | 'en') => (rule.note ? ` ${rule.note[lang]}` : '');
    return `| \`${rule.id}\` | ${severity} | ${rule.description.nb}${note('nb')} | ${rule.description.en}${note('en')} |`;
  });
  return [
    '| Regel / rule | Alvor / severity | Hva den ser etter | What it looks for |',
    '|---|---|---|---|',
    ...rows,
  ];
}

/** The catalogue as the README shows it: the check's rules, then the assessment's. */
export function catalogueMarkdown(): string {
  return [
    ...table(allRules as readonly Rule<string, never>[]),
    '',
    'Vurderingen av søknader / The assessment of applications ([docs/assessment.md](docs/assessment.md)):',
    '',
    ...table(assessmentRules as readonly Rule<string, never>[]),
  ].join('\n');
}

/** `readme` with the text between the markers replaced by the catalogue. */
export function withCatalogue(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${catalogueMarkdown()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const readme = fs.readFileSync(README, 'utf8');
  const next = withCatalogue(readme);
  if (next !== readme) fs.writeFileSync(README, next);
  console.log(
    next === readme ? 'README.md: the rule catalogue is up to date.' : 'README.md: rule catalogue written.',
  );
}
