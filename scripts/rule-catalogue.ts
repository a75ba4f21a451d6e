/** Prints the rule catalogue as a Markdown table, for the README (`npx tsx scripts/rule-catalogue.ts`). */
import { allRules } from '../src/core/rules';

const SEVERITY = { error: 'feil / error', warning: 'advarsel / warning', info: 'info' } as const;

console.log('| Regel / rule | Alvor / severity | Hva den ser etter | What it looks for |');
console.log('|---|---|---|---|');
for (const rule of allRules) {
  console.log(`| \`${rule.id}\` | ${SEVERITY[rule.severity]} | ${rule.description.nb} | ${rule.description.en} |`);
}
