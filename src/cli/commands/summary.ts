/** `omstilling oppsummer` / `summary`: the plan's summary tables from a workbook file. */
import { summaryOf } from '../../app/summary';
import { CATEGORY_LABELS } from '../../core/projects';
import { MEASURES, SUM_GRANTED_LABEL, SUM_LABEL } from '../../core/summary';
import type { CellValue } from '../../core/types';
import { EXIT, type Command } from '../context';
import { cellText, json, renderTable } from '../format';
import { PLAN_SOURCE, type Lang } from '../messages';
import { openWorkbookFile } from '../workbook';
import { onePath } from './options';

/** The layout's bokmål labels in English, for --lang en. */
const EN_LABELS = new Map<string, string>([
  ...MEASURES.map((m) => [m.nb, m.en] as [string, string]),
  ...Object.values(CATEGORY_LABELS).map((l) => [l.nb, l.en] as [string, string]),
  [SUM_LABEL.nb, SUM_LABEL.en],
  [SUM_GRANTED_LABEL.nb, SUM_GRANTED_LABEL.en],
]);

export function layoutText(table: CellValue[][], lang: Lang): string {
  const rows = table.map((row) =>
    row.map((cell, column) => {
      const text = column === 0 && typeof cell === 'number' ? String(cell) : cellText(cell);
      return lang === 'en' && typeof cell === 'string' ? (EN_LABELS.get(cell) ?? text) : text;
    }),
  );
  const columns = rows[0]?.length ?? 0;
  return renderTable(
    rows,
    Array.from({ length: columns }, (_, c) => (c < 3 ? 'left' : 'right')),
  );
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const path = onePath(args, {
    nb: 'arbeidsboken (omstilling oppsummer <fil.xlsx>)',
    en: 'the workbook (omstilling summary <file.xlsx>)',
  });
  const result = await summaryOf(await openWorkbookFile(path));
  if (asJson) {
    io.out(json({ summary: result.records }));
    return EXIT.ok;
  }
  const out = [PLAN_SOURCE[result.plan][lang]];
  if (result.layouts.length === 0) {
    out.push(
      '',
      lang === 'nb'
        ? 'Ingen prosjekter med lesbart år, kategori og innsatsområde å oppsummere (kjør «omstilling sjekk» for å se hvorfor).'
        : 'No projects with a readable year, category and focus area to summarise (run "omstilling check" to see why).',
    );
  }
  for (const { table } of result.layouts) out.push('', layoutText(table, lang));
  io.out(out.join('\n'));
  return EXIT.ok;
};
