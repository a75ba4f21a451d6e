import fs from 'fs';
import path from 'path';
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

describe('docs/ARCHITECTURE.md', () => {
  const root = path.join(__dirname, '..', '..');
  const architecture = fs.readFileSync(path.join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');

  it('names only files that exist', () => {
    const named = [
      ...architecture.matchAll(/\b((?:src|tests|docs|scripts)\/[\w./-]+\.(?:tsx?|md|json|mjs))\b/g),
    ];
    const files = [...new Set(named.map((match) => match[1]))];
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => !fs.existsSync(path.join(root, file)))).toEqual([]);
  });

  it('is what code and docs cite, never a section of a document outside the repository', () => {
    const cites: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /\.(tsx?|md)$/.test(entry.name) &&
          /ARCHITECTURE §|shared\/ARCHITECTURE/.test(fs.readFileSync(path.join(root, file), 'utf8'))
        )
          cites.push(file);
      }
    };
    for (const dir of ['src', 'tests', 'docs', 'scripts']) walk(dir);
    expect(cites.filter((file) => file !== path.join('tests', 'ship', 'docs.test.ts'))).toEqual([]);
  });
});
