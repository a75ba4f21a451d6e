/**
 * The preview's page (outside Office): the pane at task-pane width with a language switch, the sample
 * workbook's sheet view beside it. Loaded only in the preview, in the same chunk as the preview workbook, so
 * none of it is downloaded inside Excel.
 */
import { Field, Input, Label, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Lang } from '../../i18n';
import { dayWords, parseDay, type Day } from '../../core/today';
import { Pane } from '../App';
import { useLanguage } from '../i18n';
import { SheetView } from './SheetView';
import type { PreviewWorkbook } from './types';

const useStyles = makeStyles({
  // The pane at task-pane width beside the sheet; on a narrow screen the sheet goes below it.
  preview: {
    display: 'flex',
    height: '100vh',
    alignItems: 'stretch',
    '@media (max-width: 760px)': { flexDirection: 'column', height: 'auto' },
  },
  previewPane: {
    flex: '0 0 400px',
    width: '400px',
    overflowY: 'auto',
    '@media (max-width: 760px)': { flex: '0 0 auto', width: '100%', overflowY: 'visible' },
  },
  language: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useLanguage();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.language}>
      <Label id={id}>{t('language')}</Label>
      <RadioGroup
        aria-labelledby={id}
        layout="horizontal"
        value={lang}
        onChange={(_, d) => onChange(d.value as Lang)}
      >
        <Radio value="nb" label={t('languageNb')} lang="nb" />
        <Radio value="en" label={t('languageEn')} lang="en" />
      </RadioGroup>
    </div>
  );
}

/** The day the panels take as today, to try the follow-up on another date (only in the preview). */
export function TodaySetting({ today, onChange }: { today: Day; onChange: (day: Day) => void }) {
  const { t, lang } = useLanguage();
  // Typed as people write dates (01.06.2014, or 2014-06-01): the browser's own date field would show the
  // browser's format (06/01/2014), which reads as 6 January here.
  const [text, setText] = useState(() => dayWords(today)[lang]);
  return (
    <Field
      label={t('previewToday')}
      hint={t('previewTodayHint')}
      validationMessage={parseDay(text) ? undefined : t('previewTodayInvalid')}
    >
      <Input
        data-testid="preview-today"
        value={text}
        inputMode="numeric"
        onChange={(_, d) => {
          setText(d.value);
          const day = parseDay(d.value);
          if (day) onChange(day);
        }}
      />
    </Field>
  );
}

export function PreviewLayout({
  preview,
  lang,
  onLangChange,
}: {
  preview: PreviewWorkbook;
  lang: Lang;
  onLangChange: (lang: Lang) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.preview}>
      <div className={styles.previewPane}>
        <Pane
          preview={{ languageSwitch: <LanguageSwitch lang={lang} onChange={onLangChange} />, TodaySetting }}
        />
      </div>
      <SheetView preview={preview} />
    </div>
  );
}
