import { assessmentRules } from '../../../src/core/assessment/rules';
import { allRules } from '../../../src/core/rules';
import { RULE_NAMES, ruleName } from '../../../src/core/rules/names';

describe('rule names (the findings sheet shows them first)', () => {
  test('every rule in both registries has a short name in bokmål and English', () => {
    const unnamed = [...allRules, ...assessmentRules].map((r) => r.id).filter((id) => !RULE_NAMES[id]);
    expect(unnamed).toEqual([]);
    for (const name of Object.values(RULE_NAMES)) {
      expect(name!.nb.length).toBeLessThanOrEqual(45);
      expect(name!.en.length).toBeLessThanOrEqual(45);
    }
  });

  test('an id no registry knows is shown as it is', () => {
    expect(ruleName('zero-grant')).toEqual({ nb: 'Bevilget 0 kr', en: 'Granted 0 kr' });
    expect(ruleName('no-such-rule')).toEqual({ nb: 'no-such-rule', en: 'no-such-rule' });
  });
});
