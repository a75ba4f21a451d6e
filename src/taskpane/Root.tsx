/**
 * Starts the pane: finds out whether Office is there (raced against a timeout), gets the matching port —
 * the Office port inside Excel, the ExcelJS port over the sample workbook in the preview (its own chunk,
 * loaded only then) — and shows the panels. Something is always on screen: a spinner, the panels or a
 * MessageBar saying what went wrong.
 */
import { FluentProvider, makeStyles, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { languageOf, type Lang } from '../i18n';
import { LanguageSwitch, Pane } from './App';
import { Busy, ErrorBar } from './components/Feedback';
import { ErrorBoundary } from './components/ErrorBoundary';
import { detectHost, type Host } from './host';
import { LanguageProvider, useLanguage } from './i18n';
import { startPort, type Started } from './services/portFactory';
import { SheetView } from './preview/SheetView';
import { WorkbookProvider } from './workbook';

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
});

type Phase =
  { phase: 'starting' } | { phase: 'ready'; started: Started } | { phase: 'failed'; cause: unknown };

function Starting() {
  const { t } = useLanguage();
  return (
    <div style={{ padding: 16 }}>
      <Busy label={t('starting')} />
    </div>
  );
}

export function Root({ detect = detectHost }: { detect?: () => Promise<Host> }) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ phase: 'starting' });
  const [lang, setLang] = useState<Lang>('nb');

  useEffect(() => {
    let cancelled = false;
    detect()
      .then(async (host) => {
        if (host.mode === 'office') setLang(languageOf(host.displayLanguage));
        const started = await startPort(host);
        if (!cancelled) setPhase({ phase: 'ready', started });
      })
      .catch((cause: unknown) => {
        if (!cancelled) setPhase({ phase: 'failed', cause });
      });
    return () => {
      cancelled = true;
    };
  }, [detect]);

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'nb';
  }, [lang]);

  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <LanguageProvider lang={lang}>
        <ErrorBoundary lang={lang}>
          {phase.phase === 'starting' && <Starting />}
          {phase.phase === 'failed' && (
            <div style={{ padding: 16 }}>
              <ErrorBar cause={phase.cause} />
            </div>
          )}
          {phase.phase === 'ready' && (
            <WorkbookProvider
              port={phase.started.port}
              mode={phase.started.mode}
              watchChanges={phase.started.watchChanges}
            >
              {phase.started.preview ? (
                <div className={styles.preview}>
                  <div className={styles.previewPane}>
                    <Pane languageSwitch={<LanguageSwitch lang={lang} onChange={setLang} />} />
                  </div>
                  <SheetView preview={phase.started.preview} />
                </div>
              ) : (
                <Pane />
              )}
            </WorkbookProvider>
          )}
        </ErrorBoundary>
      </LanguageProvider>
    </FluentProvider>
  );
}
