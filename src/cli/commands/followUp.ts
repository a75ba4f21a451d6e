/** `omstilling oppfolging` / `follow-up`: frames, payments and result targets from a workbook file. */
import { followUpOf } from '../../app/followUp';
import type { MoneyFollowUp } from '../../core/followUp';
import { formatNumber } from '../../core/money';
import { EXIT, type Command } from '../context';
import { json, kroner, renderTable } from '../format';
import { translate } from '../../core/messages';
import { dayWords, isoDay, VERDICT_WORDS, type Verdict } from '../../core/today';
import { PLAN_SOURCE, say, type Lang, type Text } from '../messages';
import { openWorkbookFile } from '../workbook';
import { dayOption, onePath } from './options';

const MONEY_HEADERS = {
  nb: ['Ramme', 'Bevilget', 'Utbetalt', 'Forpliktelser', 'Frigjort', 'Gjenstår'],
  en: ['Frame', 'Granted', 'Paid', 'Commitments', 'Freed', 'Remaining'],
};

const AS_OF: Text = { nb: 'Målene vurdert per', en: 'Targets judged as of' };

const moneyCells = (m: MoneyFollowUp) =>
  [m.frame, m.granted, m.paid, m.commitments, m.freedFunds, m.remaining].map(kroner);

const UNKNOWN_AREA: Text = { nb: '(ukjent område)', en: '(unknown area)' };
const areaName = (area: string, lang: Lang) => area || say(UNKNOWN_AREA, lang);

function verdict(status: Verdict | null, lang: Lang): string {
  return status === null ? '–' : translate(lang, VERDICT_WORDS, status);
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const path = onePath(args, {
    nb: 'arbeidsboken (omstilling oppfolging <fil.xlsx>)',
    en: 'the workbook (omstilling follow-up <file.xlsx>)',
  });
  const today = dayOption(args.options.date);
  const result = await followUpOf(await openWorkbookFile(path), today);
  if (asJson) {
    io.out(json({ followUp: result.followUp, plan: result.plan, today: isoDay(today) }));
    return EXIT.ok;
  }
  const nb = lang === 'nb';
  const { perArea, perAreaYear, results } = result.followUp;
  const { from, to } = result.planUsed.period;
  const area = nb ? 'Innsatsområde' : 'Focus area';
  const out = [PLAN_SOURCE[result.plan][lang], `${say(AS_OF, lang)} ${dayWords(today)[lang]}.`, ''];
  out.push(nb ? `Per innsatsområde, ${from}–${to}` : `Per focus area, ${from}–${to}`);
  out.push(
    renderTable([
      [area, ...MONEY_HEADERS[lang]],
      ...perArea.map((a) => [areaName(a.area, lang), ...moneyCells(a)]),
    ]),
  );
  out.push('', nb ? 'Per år og innsatsområde' : 'Per year and focus area');
  out.push(
    renderTable([
      [nb ? 'År' : 'Year', area, ...MONEY_HEADERS[lang]],
      ...perAreaYear.map((a) => [String(a.year), areaName(a.area, lang), ...moneyCells(a)]),
    ]),
  );
  out.push('', nb ? 'Resultatmål' : 'Result targets');
  out.push(
    renderTable([
      nb
        ? ['År', 'Nye arbeidsplasser', 'Sikrede', 'Sum', 'Mål', 'Nådd']
        : ['Year', 'New jobs', 'Secured', 'Total', 'Target', 'Met'],
      ...results.jobsPerYear.map((j) => [
        String(j.year),
        formatNumber(j.newJobs, 2),
        formatNumber(j.securedJobs, 2),
        formatNumber(j.total, 2),
        j.target === null ? '–' : formatNumber(j.target),
        verdict(j.status, lang),
      ]),
    ]),
  );
  const companies = results.newCompanies;
  out.push(
    '',
    nb
      ? `Nye bedrifter i perioden: ${formatNumber(companies.total, 2)} av ${companies.target} — ${verdict(companies.status, lang)}.`
      : `New companies in the period: ${formatNumber(companies.total, 2, 'en')} of ${companies.target} — ${verdict(companies.status, lang)}.`,
  );
  out.push(
    renderTable([
      nb
        ? ['År', 'Tiltak i Attraktivitet', 'Mål', 'Nådd']
        : ['Year', 'Attractiveness measures', 'Target', 'Met'],
      ...results.attractivenessMeasures.map((m) => [
        String(m.year),
        String(m.count),
        String(m.target),
        verdict(m.status, lang),
      ]),
    ]),
  );
  const { leverage } = results;
  out.push(
    '',
    leverage.ratio === null
      ? nb
        ? 'Giringseffekt: ingen bevilget beløp å måle mot.'
        : 'Leverage: no granted amount to measure against.'
      : nb
        ? `Giringseffekt: ${formatNumber(leverage.ratio, 2)} kr utløst per bevilget krone (${kroner(leverage.triggered)} av ${kroner(leverage.granted)}).`
        : `Leverage: ${formatNumber(leverage.ratio, 2)} kr triggered per krone granted (${kroner(leverage.triggered)} of ${kroner(leverage.granted)}).`,
  );
  io.out(out.join('\n'));
  return EXIT.ok;
};
