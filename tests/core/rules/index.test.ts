import fs from 'fs';
import path from 'path';
import { defaultPlan } from '../../../src/core/plan';
import { readProjectTable } from '../../../src/core/projects';
import { allRules, compareFindings, countBySeverity, runRules } from '../../../src/core/rules';
import { sampleProjectsGrid } from '../../../src/core/sample';
import type { Finding } from '../../../src/core/types';
import { seedEmployment, seedFinancing, seedSummaries, withCell } from '../../fixtures/seedTables';
import { contextOf } from './ruleTester';

const ROOT = path.resolve(__dirname, '../../..');

describe('the catalogue', () => {
  it('has each rule once, each in its own file src/core/rules/<id>.ts with its own test file', () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(fs.existsSync(path.join(ROOT, 'src/core/rules', `${id}.ts`))).toBe(true);
      expect(fs.existsSync(path.join(ROOT, 'tests/core/rules', `${id}.test.ts`))).toBe(true);
    }
  });

  it.each(allRules.map((rule) => [rule.id, rule] as const))(
    '%s is described in bokmål and English',
    (_, rule) => {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.nb.length).toBeGreaterThan(20);
      expect(rule.description.en.length).toBeGreaterThan(20);
    },
  );

  it.each(allRules.map((rule) => [rule.id, rule] as const))(
    '%s finds nothing in an empty workbook',
    (_, rule) => {
      expect(rule.check(contextOf({ name: 'empty', rows: [] }))).toEqual([]);
    },
  );
});

describe('runRules', () => {
  const sample = () => readProjectTable(sampleProjectsGrid(), defaultPlan);

  it('on the sample projects and the seed’s tables: the two 0-kr grants of 2012 the plan notes, and no euro rates for 2011–2012', () => {
    const findings = runRules({
      plan: defaultPlan,
      table: sample(),
      summary: seedSummaries(),
      sheets: [seedSummaries(), seedEmployment(), seedFinancing()],
    });
    expect(findings.map((f) => f.rule)).toEqual([
      'zero-grant',
      'zero-grant',
      'exchange-rate-missing',
      'exchange-rate-missing',
    ]);
    expect(countBySeverity(findings)).toEqual({ error: 0, warning: 2, info: 2 });
  });

  it('orders errors before warnings before info, then by sheet, row and column', () => {
    const ctx = contextOf({
      name: 'mixed',
      rows: [
        { status: 'Avsluttet' }, // closed-without-results (info) at L2
        { granted: '0', year: 2009 }, // number-as-text and zero-grant at H3, year-outside-plan at G3 (warnings)
        { category: 'Forprosjket', granted: -5 }, // unknown-category (error) F4, invalid-number (error) H4
      ],
      sheets: [withCell(seedFinancing('A-ark'), 'E4', '9,5')],
    });
    const findings = runRules(ctx);
    expect(findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      'error A-ark!E4 sum-mismatch',
      'error Prosjekter!F4 unknown-category',
      'error Prosjekter!H4 invalid-number',
      'warning Prosjekter!G3 year-outside-plan',
      'warning Prosjekter!H3 number-as-text',
      'warning Prosjekter!H3 zero-grant',
      'info Prosjekter!L2 closed-without-results',
    ]);
    expect(countBySeverity(findings)).toEqual({ error: 3, warning: 3, info: 1 });
  });

  it('runs only the rules asked for', () => {
    const ctx = contextOf({ name: 'two problems', rows: [{ granted: 0, year: 2009 }] });
    expect(runRules(ctx, ['zero-grant']).map((f) => f.rule)).toEqual(['zero-grant']);
    expect(runRules(ctx, []).length).toBe(0);
  });

  it('sorting is a total order that does not depend on the input order', () => {
    const findings = runRules(
      contextOf({ name: 'many', rows: [{ granted: 'x' }, { area: 'Y', status: 'Z' }, { id: 'P-1' }] }),
    );
    const reversed = [...findings].reverse().sort(compareFindings);
    expect(reversed).toEqual(findings);
  });
});

describe('countBySeverity', () => {
  it('counts each severity, zero when absent', () => {
    const f = (severity: Finding['severity']): Finding => ({
      rule: 'x',
      severity,
      sheet: 'S',
      cell: 'A1',
      message: '',
      messageEn: '',
    });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
    expect(countBySeverity([f('error'), f('info'), f('error')])).toEqual({ error: 2, warning: 0, info: 1 });
  });
});
