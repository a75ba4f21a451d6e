/**
 * The pane: a header (title, preview banner and — in the preview — the language switch and today's date,
 * plan in use), the panels' tabs and the selected panel. In the preview the sheet view sits beside it
 * (preview/PreviewLayout). Panels visited stay mounted (hidden), so what the user typed survives a change of
 * tab. Opened from the ribbon's «Styret» button (or `?panel=overview` in the preview) the board's overview
 * comes first and is shown (startPanel.ts); the other tabs stay.
 */
import {
  FluentProvider,
  type PartialTheme,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { Lang } from '../i18n';
import { paneText } from '../i18n';
import { Busy, ErrorBar } from './components/Feedback';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useLanguage } from './i18n';
import { OpenPanelProvider } from './navigation';
import { panels, type PanelDefinition } from './panels';
import { onPanelRequested, takeRequestedPanel } from './startPanel';
import { TodayProvider } from './today';
import { useWorkbook } from './workbook';
import { dayOf, type Day } from '../core/today';

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
  return typeof panel.label === 'string' ? paneText(lang, panel.label) : panel.label[lang];
}

/** The tabs in order: the panel asked for at start first, the others as panels/index.ts lists them. */
function tabOrder(start: string | undefined): PanelDefinition[] {
  const first = panels.find((panel) => panel.id === start);
  return first ? [first, ...panels.filter((panel) => panel !== first)] : panels;
}

/**
 * Disabled buttons and fields keep readable text: Fluent's light theme draws it #bdbdbd on #f0f0f0 (1.65:1);
 * #616161 on #f0f0f0 is 5.5:1, above WCAG's 4.5:1 for text, and still reads as not available next to the
 * #242424 of an enabled button. A nested provider overrides just these tokens over Root's theme.
 */
const READABLE_DISABLED: PartialTheme = { colorNeutralForegroundDisabled: '#616161' };

/** The preview's own controls above the tabs (preview/PreviewLayout gives them; none inside Excel). */
interface PreviewControls {
  languageSwitch: ReactNode;
  /** Sets the day the panels take as today. */
  TodaySetting: ComponentType<{ today: Day; onChange: (day: Day) => void }>;
}

export function Pane({ preview }: { preview?: PreviewControls }) {
  const styles = useStyles();
  const { t, lang } = useLanguage();
  const workbook = useWorkbook();
  const [ordered] = useState(() => tabOrder(takeRequestedPanel()));
  const [selected, setSelected] = useState(ordered[0].id);
  const [visited, setVisited] = useState<string[]>([ordered[0].id]);
  const [today, setToday] = useState<Day>(() => dayOf(new Date()));
  const select = useCallback((id: string) => {
    if (!panels.some((panel) => panel.id === id)) return;
    setSelected(id);
    setVisited((all) => (all.includes(id) ? all : [...all, id]));
  }, []);
  // «Styret» pressed while the pane is open.
  useEffect(() => onPanelRequested(select), [select]);
  // The first tab's code comes while the workbook is read: no panel shows before the read is done.
  useEffect(() => void ordered[0].preload(), [ordered]);

  return (
    <FluentProvider theme={READABLE_DISABLED}>
      <main className={styles.pane} aria-label={t('appTitle')}>
        <header className={styles.header}>
          <Title3 as="h1" style={{ margin: 0 }}>
            {t('appTitle')}
          </Title3>
          {preview?.languageSwitch}
          {workbook.mode === 'preview' && (
            <MessageBar intent="info" layout="multiline" data-testid="preview-banner">
              <MessageBarBody>
                <MessageBarTitle>{t('previewBanner')}</MessageBarTitle>
                {t('previewBannerDetail')}
              </MessageBarBody>
            </MessageBar>
          )}
          {preview && <preview.TodaySetting today={today} onChange={setToday} />}
        </header>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, d) => select(String(d.value))}
          aria-label={t('panels')}
        >
          {ordered.map((panel) => (
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
          ordered
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
                  <OpenPanelProvider value={select}>
                    <TodayProvider today={today}>
                      <Suspense fallback={<Busy />}>
                        <panel.Component />
                      </Suspense>
                    </TodayProvider>
                  </OpenPanelProvider>
                </ErrorBoundary>
              </div>
            ))}
      </main>
    </FluentProvider>
  );
}
