import { assessmentRules } from '../../../src/core/assessment/rules';
import { allRules } from '../../../src/core/rules';
import { ruleName } from '../../../src/core/rules/names';

describe('rule names (the findings sheet shows them first)', () => {
  test('every rule in both registries has a short name in bokmål and English', () => {
    for (const rule of [...allRules, ...assessmentRules]) {
      expect({ id: rule.id, nb: rule.name.nb.length <= 45, en: rule.name.en.length <= 45 }).toEqual({
        id: rule.id,
        nb: true,
        en: true,
      });
      expect(rule.name.nb.trim()).not.toBe('');
      expect(rule.name.en.trim()).not.toBe('');
    }
  });

  test('an id no registry knows is shown as it is', () => {
    expect(ruleName('zero-grant')).toEqual({ nb: 'Bevilget 0 kr', en: 'Granted 0 kr' });
    expect(ruleName('no-such-rule')).toEqual({ nb: 'no-such-rule', en: 'no-such-rule' });
  });
});
