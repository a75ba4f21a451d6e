/** `omstilling sjekk` / `check`: every rule on a workbook file; exit 1 when there are errors. */
import { runCheck } from '../../app/check';
import type { Finding, Severity } from '../../core/types';
import { EXIT, type Command } from '../context';
import { findingJson, findingLine, json, place, printable } from '../format';
import { countsLine, PLAN_SOURCE, SEVERITY_HEADINGS, type Lang } from '../messages';
import { openWorkbookFile } from '../workbook';
import { onePath } from './options';

/** Without --alle, a rule that fires on every row shows this many and a count of the rest. */
export const SHOWN_PER_RULE = 20;

function findingLines(findings: Finding[], lang: Lang, all: boolean): string[] {
  const shownPerRule = new Map<string, number>();
  const hidden = new Map<string, number>();
  const lines: string[] = [];
  const width = Math.min(24, Math.max(0, ...findings.map((f) => place(f).length)));
  for (const f of findings) {
    const count = (shownPerRule.get(f.rule) ?? 0) + 1;
    shownPerRule.set(f.rule, count);
    if (!all && count > SHOWN_PER_RULE) {
      hidden.set(f.rule, (hidden.get(f.rule) ?? 0) + 1);
      continue;
    }
    lines.push(findingLine(f, lang, width));
  }
  for (const [rule, n] of hidden) {
    lines.push(
      lang === 'nb'
        ? `  … og ${n} til av samme slag [${rule}] (--alle viser alle)`
        : `  … and ${n} more of the same kind [${rule}] (--all shows them all)`,
    );
  }
  return lines;
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const path = onePath(args, {
    nb: 'arbeidsboken som skal sjekkes (omstilling sjekk <fil.xlsx>)',
    en: 'the workbook to check (omstilling check <file.xlsx>)',
  });
  const summaryRange = typeof args.options.summaryRange === 'string' ? args.options.summaryRange : undefined;
  const port = await openWorkbookFile(path);
  const result = await runCheck(port, { summaryRange });
  const exitCode = result.counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
  if (asJson) {
    const findings = result.findings.map((f) => findingJson(f, lang));
    io.out(json({ findings, counts: result.counts, plan: result.plan }));
    return exitCode;
  }
  const out: string[] = [
    lang === 'nb'
      ? `Sjekk av ${printable(path)}: ${result.projects.rows} prosjektrader i ${printable(result.projects.address)}.`
      : `Check of ${printable(path)}: ${result.projects.rows} project rows in ${printable(result.projects.address)}.`,
    PLAN_SOURCE[result.plan][lang],
  ];
  for (const severity of ['error', 'warning', 'info'] as Severity[]) {
    const ofSeverity = result.findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    out.push('', `${SEVERITY_HEADINGS[severity][lang]} (${ofSeverity.length})`);
    out.push(...findingLines(ofSeverity, lang, args.options.all === true));
  }
  out.push('', countsLine(result.counts, lang));
  io.out(out.join('\n'));
  return exitCode;
};
