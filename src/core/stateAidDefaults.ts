/**
 * The default plan's state-aid settings: the de minimis regulations since 2007 and the euro rates a source
 * could be cited for. Data only, kept apart from the counting (stateAid.ts) so that what needs only the
 * default plan (the custom functions) does not download the counting too.
 */
import type { AidRegulation, EuroRate, StateAidSettings } from './types';

const FORSKRIFT = 'i Norge forskrift 14.11.2008 nr. 1213 § 2 (regjeringen.no, «Bagatellmessig støtte»)';

/**
 * The three general de minimis regulations since 2007. 2023/2831 applies in the EU from 1 January 2024;
 * in Norway from the date it is taken into the EEA Agreement and the forskrift — change «Fra dato» in the
 * Plan's table `Støtteregler` to that date (docs/statsstotte.md says how).
 */
export const DEFAULT_REGULATIONS: AidRegulation[] = [
  {
    from: '2007-01-01',
    name: 'Forordning (EF) nr. 1998/2006',
    ceilingEur: 200_000,
    window: 'fiscalYears',
    years: 3,
    source: `EUT L 379 av 28.12.2006 s. 5, art. 2 nr. 2 (gjaldt 2007–2013); ${FORSKRIFT}`,
  },
  {
    from: '2014-01-01',
    name: 'Forordning (EU) nr. 1407/2013',
    ceilingEur: 200_000,
    window: 'fiscalYears',
    years: 3,
    source: `EUT L 352 av 24.12.2013 s. 1, art. 3 nr. 2 (eur-lex.europa.eu, CELEX 32013R1407); ${FORSKRIFT}`,
  },
  {
    from: '2024-01-01',
    name: 'Forordning (EU) 2023/2831',
    ceilingEur: 300_000,
    window: 'rollingYears',
    years: 3,
    source:
      'EUT L 2023/2831 av 15.12.2023, art. 3 nr. 2 (data.europa.eu/eli/reg/2023/2831/oj); gjelder i EU fra 1.1.2024, i Norge fra innlemmelsen i EØS-avtalen (KS Advokatene, «Bagatellstøtte på pause») — sett den datoen her',
  },
];

const NORGES_BANK_VIA_LDIR =
  'Norges Bank, årsgjennomsnitt av indikative midtkurser, gjengitt av Landbruksdirektoratet (landbruksdirektoratet.no/no/statistikk/prisutvikling/indeks)';

/** Only rates a source we could cite gives; other years the user adds (exchange-rate-missing asks for them). */
export const DEFAULT_RATES: EuroRate[] = [
  { year: 2017, nokPerEur: 9.33, source: NORGES_BANK_VIA_LDIR },
  { year: 2018, nokPerEur: 9.6, source: NORGES_BANK_VIA_LDIR },
  { year: 2019, nokPerEur: 9.85, source: NORGES_BANK_VIA_LDIR },
];

export const DEFAULT_STATE_AID: StateAidSettings = {
  regulations: DEFAULT_REGULATIONS,
  rates: DEFAULT_RATES,
  publicApplicants: [],
};

/** Grants at or above this many euro are reported to the Register for offentlig støtte (from 11.12.2023). */
export const REGISTER_THRESHOLD_EUR = 100_000;
