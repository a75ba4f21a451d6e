import fs from 'fs';
import { README, withCatalogue } from '../../scripts/docs-rules';
import { assessmentRules } from '../../src/core/assessment';
import { allRules } from '../../src/core/rules';

describe('README.md', () => {
  const readme = fs.readFileSync(README, 'utf8');

  it('shows the rule catalogue as the registries have it (else run `npm run docs:rules`)', () => {
    expect(readme).toBe(withCatalogue(readme));
  });

  it('names every rule of both registries', () => {
    for (const rule of [...allRules, ...assessmentRules]) expect(readme).toContain(`| \`${rule.id}\` |`);
  });
});
