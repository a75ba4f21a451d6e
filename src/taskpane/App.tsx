/**
 * The pane: a header (title, preview banner and — in the preview — the language switch and today's date,
 * plan in use), the panels' tabs and the selected panel. In the preview the sheet view sits beside it
 * (preview/PreviewLayout). Panels visited stay mounted (hidden), so what the user typed survives a change of
 * tab.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useState, type ReactNode } from 'react';
import type { Lang } from '../i18n';
import { translate } from '../i18n';
import { Busy, ErrorBar } from './components/Feedback';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useLanguage } from './i18n';
import { panels, type PanelDefinition } from './panels';
import { TodayProvider } from './today';
import { useWorkbook } from './workbook';
import { dayOf, isoDay, parseDay, type Day } from '../core/today';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tabs: { flexWrap: 'wrap', rowGap: 0, marginInline: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  tab: { paddingInline: tokens.spacingHorizontalXS },
});

export function panelLabel(panel: PanelDefinition, lang: Lang): string {
  return typeof panel.label === 'string' ? translate(lang, panel.label) : panel.label[lang];
}

export function Pane({ languageSwitch }: { languageSwitch?: ReactNode }) {
  const styles = useStyles();
  const { t, lang } = useLanguage();
  const workbook = useWorkbook();
  const [selected, setSelected] = useState(panels[0].id);
  const [visited, setVisited] = useState<string[]>([panels[0].id]);
  const [today, setToday] = useState<Day>(() => dayOf(new Date()));
  const select = (id: string) => {
    setSelected(id);
    if (!visited.includes(id)) setVisited([...visited, id]);
  };

  return (
    <main className={styles.pane} aria-label={t('appTitle')}>
      <header className={styles.header}>
        <Title3 as="h1" style={{ margin: 0 }}>
          {t('appTitle')}
        </Title3>
        {languageSwitch}
        {workbook.mode === 'preview' && (
          <MessageBar intent="info" layout="multiline" data-testid="preview-banner">
            <MessageBarBody>
              <MessageBarTitle>{t('previewBanner')}</MessageBarTitle>
              {t('previewBannerDetail')}
            </MessageBarBody>
          </MessageBar>
        )}
        {workbook.mode === 'preview' && (
          <Field label={t('previewToday')} hint={t('previewTodayHint')}>
            <Input
              type="date"
              data-testid="preview-today"
              value={isoDay(today)}
              onChange={(_, d) => {
                const day = parseDay(d.value);
                if (day) setToday(day);
              }}
            />
          </Field>
        )}
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, d) => select(String(d.value))}
        aria-label={t('panels')}
      >
        {panels.map((panel) => (
          <Tab
            key={panel.id}
            className={styles.tab}
            value={panel.id}
            id={`tab-${panel.id}`}
            aria-controls={`panel-${panel.id}`}
          >
            {panelLabel(panel, lang)}
          </Tab>
        ))}
      </TabList>
      {workbook.error && (
        <div>
          <ErrorBar cause={workbook.error.cause} />
          <Button onClick={() => void workbook.reload()}>{t('reload')}</Button>
        </div>
      )}
      {!workbook.snapshot && workbook.loading && <Busy label={t('loading')} />}
      {workbook.snapshot &&
        panels
          .filter((panel) => visited.includes(panel.id))
          .map((panel) => (
            <div
              key={panel.id}
              role="tabpanel"
              id={`panel-${panel.id}`}
              aria-labelledby={`tab-${panel.id}`}
              hidden={panel.id !== selected}
            >
              <ErrorBoundary lang={lang}>
                <TodayProvider today={today}>
                  <Suspense fallback={<Busy />}>
                    <panel.Component />
                  </Suspense>
                </TodayProvider>
              </ErrorBoundary>
            </div>
          ))}
    </main>
  );
}
