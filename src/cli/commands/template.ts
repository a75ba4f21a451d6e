/** `omstilling mal` / `template`: a new workbook with the plan, criteria, and empty (or example) project and application tables. */
import { promises as fs } from 'node:fs';
import { migratePayments } from '../../app/finance';
import { writeTemplate } from '../../app/template';
import { defineMessages, translate } from '../../core/messages';
import { XlsxWorkbookPort } from '../../xlsx/xlsxPort';
import type { CommandContext } from '../context';
import { usageError } from '../messages';
import { EXIT, type Command } from '../context';
import { json, printable } from '../format';
import { inputProblem, writeNewFile } from '../input';
import { newWorkbook, openWorkbookFile, workbookBytes } from '../workbook';
import { onePath, outputPath } from './options';

export const run: Command = async (context) => {
  if (context.args.options.payments === true) return migrate(context);
  const { args, lang, json: asJson, io } = context;
  const path = outputPath(
    onePath(args, {
      nb: 'filen som skal lages (omstilling mal <ut.xlsx>)',
      en: 'the file to make (omstilling template <out.xlsx>)',
    }),
    'workbook',
  );
  const force = args.options.force === true;
  // Say no before doing the work; writeNewFile checks again right before writing.
  if (
    !force &&
    (await fs.stat(path).then(
      () => true,
      () => false,
    ))
  )
    throw inputProblem('file-exists', path);
  const port = newWorkbook();
  const result = await writeTemplate(port, { example: args.options.example === true });
  await writeNewFile(path, await workbookBytes(port), force);
  if (asJson) {
    io.out(
      json({
        written: path,
        projects: result.projects,
        applications: result.applications,
        validation: result.validation.added.map((a) => `${a.table}[${a.column}]`),
      }),
    );
    return EXIT.ok;
  }
  io.out(
    lang === 'nb'
      ? `Skrev ${printable(path)}: arket Plan med standardplanen og kriteriene, tabellen Prosjekter${result.projects ? ` med ${result.projects} eksempelprosjekter` : ' (tom)'} og tabellen Søknader${result.applications ? ` med ${result.applications} eksempelsøknader` : ' (tom)'}, med nedtrekkslister for innsatsområde, kategori, status og poeng.`
      : `Wrote ${printable(path)}: the Plan sheet with the default plan and criteria, the table Prosjekter${result.projects ? ` with ${result.projects} example projects` : ' (empty)'} and the table Søknader${result.applications ? ` with ${result.applications} example applications` : ' (empty)'}, with pick-lists for focus area, category, status and scores.`,
  );
  return EXIT.ok;
};

const MIGRATION = defineMessages({
  where: {
    nb: 'Si hvor resultatet skal skrives: --ut <kopi.xlsx>, eller --overskriv for å skrive tilbake til «{file}».',
    en: 'Say where to write the result: --out <copy.xlsx>, or --force to write back to "{file}".',
  },
  done: {
    nb: 'Flyttet {rows} utbetalinger fra prosjekttabellens to kolonner til tabellen Utbetalinger (ført i Logg); ingenting annet er endret. Skrev {file}.',
    en: 'Moved {rows} payments from the project table’s two columns into the table Utbetalinger (logged in Logg); nothing else changed. Wrote {file}.',
  },
});

/** `omstilling mal --utbetalinger arbeidsbok.xlsx`: the two payment columns moved into `Utbetalinger`. */
async function migrate({ args, lang, json: asJson, io }: CommandContext): Promise<number> {
  const path = onePath(args, {
    nb: 'arbeidsboken (omstilling mal --utbetalinger <arbeidsbok.xlsx> --ut <kopi.xlsx>)',
    en: 'the workbook (omstilling template --payments <workbook.xlsx> --out <copy.xlsx>)',
  });
  const force = args.options.force === true;
  const out =
    typeof args.options.out === 'string'
      ? outputPath(args.options.out, 'workbook')
      : force
        ? path
        : undefined;
  if (!out) {
    throw usageError(MIGRATION, 'where', { file: path });
  }
  if (
    out !== path &&
    !force &&
    (await fs.stat(out).then(
      () => true,
      () => false,
    ))
  )
    throw inputProblem('file-exists', out);
  const port = await openWorkbookFile(path);
  const result = await migratePayments(port);
  if (!(port instanceof XlsxWorkbookPort)) return EXIT.unusable;
  await writeNewFile(out, await workbookBytes(port), true);
  if (asJson) {
    io.out(json({ written: out, payments: result.rows }));
    return EXIT.ok;
  }
  io.out(translate(lang, MIGRATION, 'done', { rows: result.rows, file: printable(out) }));
  return EXIT.ok;
}
