/**
 * Starts the pane: finds out whether Office is there (raced against a timeout), gets the matching port —
 * the Office port inside Excel, the ExcelJS port over the sample workbook in the preview (its own chunk,
 * loaded only then) — and shows the panels. Something is always on screen: a spinner, the panels or a
 * MessageBar saying what went wrong.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { languageOf, type Lang } from '../i18n';
import { Pane } from './App';
import { Busy, ErrorBar } from './components/Feedback';
import { ErrorBoundary } from './components/ErrorBoundary';
import { detectHost, type Host } from './host';
import { LanguageProvider, useLanguage } from './i18n';
import { startPort, type Started } from './services/portFactory';
import { WorkbookProvider } from './workbook';

/** The preview's page, in the preview workbook's chunk (already on its way when the preview starts). */
const PreviewLayout = lazy(async () => ({
  default: (await import(/* webpackChunkName: "preview" */ './preview/PreviewLayout')).PreviewLayout,
}));

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
                <Suspense fallback={<Starting />}>
                  <PreviewLayout preview={phase.started.preview} lang={lang} onLangChange={setLang} />
                </Suspense>
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
