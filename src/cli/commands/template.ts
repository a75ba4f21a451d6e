/** `omstilling mal` / `template`: a new workbook with the plan and an empty (or example) project table. */
import { promises as fs } from 'node:fs';
import { writeTemplate } from '../../app/template';
import { EXIT, type Command } from '../context';
import { json, printable } from '../format';
import { inputProblem, writeNewFile } from '../input';
import { newWorkbook, workbookBytes } from '../workbook';
import { onePath } from './options';

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const path = onePath(
    args,
    'filen som skal lages (omstilling mal <ut.xlsx>)',
    'the file to make (omstilling template <out.xlsx>)',
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
    io.out(json({ written: path, projects: result.projects }));
    return EXIT.ok;
  }
  io.out(
    lang === 'nb'
      ? `Skrev ${printable(path)}: arket Plan med standardplanen og tabellen Prosjekter${result.projects ? ` med ${result.projects} eksempelprosjekter` : ' (tom)'}.`
      : `Wrote ${printable(path)}: the Plan sheet with the default plan and the table Prosjekter${result.projects ? ` with ${result.projects} example projects` : ' (empty)'}.`,
  );
  return EXIT.ok;
};
