/**
 * Starts the pane: finds out whether Office is there, gets the matching port — the Office port inside Excel,
 * the ExcelJS port over the sample workbook in the preview (its own chunk, loaded only then) — and shows the
 * panels. Inside Excel it waits for Office as long as it takes ("Venter på Excel …", with the preview offered),
 * and reads nothing while the pane is hidden (the shared runtime started only for the functions). Something is
 * always on screen: a spinner, the waiting notice, the panels or a MessageBar saying what went wrong.
 */
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { languageOf, type Lang } from '../i18n';
import { Pane } from './App';
import { Busy, ErrorBar } from './components/Feedback';
import { ErrorBoundary } from './components/ErrorBoundary';
import { detectHost, paneVisibility, type DetectOptions, type Host, type PaneVisibility } from './host';
import { LanguageProvider, useLanguage } from './i18n';
import { startPort, type Started } from './services/portFactory';
import { WorkbookProvider } from './workbook';

/** The preview's page, in the preview workbook's chunk (already on its way when the preview starts). */
const PreviewLayout = lazy(async () => ({
  default: (await import(/* webpackChunkName: "preview" */ './preview/PreviewLayout')).PreviewLayout,
}));

type Phase =
  | { phase: 'starting' }
  | { phase: 'waiting' }
  | { phase: 'hidden'; host: Host }
  | { phase: 'ready'; started: Started }
  | { phase: 'failed'; cause: unknown };

function Starting() {
  const { t } = useLanguage();
  return (
    <div style={{ padding: 16 }}>
      <Busy label={t('starting')} />
    </div>
  );
}

/** Office has not answered yet: say so, and offer the preview. */
function Waiting({ onPreview }: { onPreview: () => void }) {
  const { t } = useLanguage();
  return (
    <div style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 12, alignItems: 'flex-start' }}>
      <Busy label={t('waitingForExcel')} />
      <Text>{t('waitingForExcelDetail')}</Text>
      <Button onClick={onPreview}>{t('usePreview')}</Button>
    </div>
  );
}

/** The pane is hidden (the runtime runs for the functions): nothing is read until it is shown. */
function Hidden({ onRead }: { onRead: () => void }) {
  const { t } = useLanguage();
  return (
    <div style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 12, alignItems: 'flex-start' }}>
      <Text>{t('paneHidden')}</Text>
      <Button onClick={onRead}>{t('readWorkbook')}</Button>
    </div>
  );
}

export function Root({
  detect = detectHost,
  visibility: givenVisibility,
}: {
  detect?: (options?: DetectOptions) => Promise<Host>;
  visibility?: PaneVisibility;
}) {
  const [phase, setPhase] = useState<Phase>({ phase: 'starting' });
  const [lang, setLang] = useState<Lang>('nb');
  const visibility = useMemo(() => givenVisibility ?? paneVisibility(), [givenVisibility]);
  /** The user chose the preview while waiting: Office coming late does not take it away. */
  const previewChosen = useRef(false);

  const start = useCallback(async (host: Host) => {
    setPhase({ phase: 'starting' });
    try {
      setPhase({ phase: 'ready', started: await startPort(host) });
    } catch (cause) {
      setPhase({ phase: 'failed', cause });
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    let stopWaiting: (() => void) | undefined;
    const onWaiting = () => {
      if (!cancelled) setPhase((now) => (now.phase === 'starting' ? { phase: 'waiting' } : now));
    };
    detect({ onWaiting })
      .then((host) => {
        if (cancelled || previewChosen.current) return;
        if (host.mode === 'office') setLang(languageOf(host.displayLanguage));
        if (host.mode === 'office' && !visibility.visible()) {
          setPhase({ phase: 'hidden', host });
          stopWaiting = visibility.whenShown(() => !cancelled && void start(host));
          return;
        }
        void start(host);
      })
      .catch((cause: unknown) => {
        if (!cancelled) setPhase({ phase: 'failed', cause });
      });
    return () => {
      cancelled = true;
      stopWaiting?.();
    };
  }, [detect, visibility, start]);

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'nb';
  }, [lang]);

  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <LanguageProvider lang={lang}>
        <ErrorBoundary lang={lang}>
          {phase.phase === 'starting' && <Starting />}
          {phase.phase === 'waiting' && (
            <Waiting
              onPreview={() => {
                previewChosen.current = true;
                void start({ mode: 'preview', reason: 'chosen' });
              }}
            />
          )}
          {phase.phase === 'hidden' && <Hidden onRead={() => void start(phase.host)} />}
          {phase.phase === 'failed' && (
            <div style={{ padding: 16 }}>
              <ErrorBar cause={phase.cause} />
            </div>
          )}
          {phase.phase === 'ready' && (
            <WorkbookProvider
              port={phase.started.port}
              mode={phase.started.mode}
              downloads={phase.started.downloads}
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
