/** Renders a panel (or the whole pane) the way the pane does: Fluent provider, language, workbook. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import type { Lang } from '../../../src/i18n';
import type { Day } from '../../../src/core/today';
import { LanguageProvider } from '../../../src/taskpane/i18n';
import { TodayProvider } from '../../../src/taskpane/today';
import { WorkbookProvider, type WatchChanges } from '../../../src/taskpane/workbook';
import type { WorkbookPort } from '../../../src/port/workbookPort';

export function renderWithWorkbook(
  Component: ComponentType,
  port: WorkbookPort,
  options: {
    lang?: Lang;
    watchChanges?: WatchChanges;
    mode?: 'office' | 'preview';
    today?: Day;
    /** False as in Excel for Mac and iPad, where a download goes nowhere. */
    downloads?: boolean;
  } = {},
) {
  const component = <Component />;
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={options.lang ?? 'nb'}>
        <WorkbookProvider
          port={port}
          mode={options.mode ?? 'preview'}
          downloads={options.downloads}
          watchChanges={options.watchChanges}
        >
          {options.today ? <TodayProvider today={options.today}>{component}</TodayProvider> : component}
        </WorkbookProvider>
      </LanguageProvider>
    </FluentProvider>,
  );
}

/**
 * Waits until the workbook has been read once and the panel shows it: the port has answered, and React has
 * rendered what came of it (waiting only for the read to be asked for let a test look at the panel while it
 * still showed nothing read — «0 av 15 felt»).
 */
export async function workbookRead(port: { readsSettled: number }): Promise<void> {
  await waitFor(() => expect(port.readsSettled).toBeGreaterThan(0));
  await act(async () => {});
  await screen.findAllByRole('button');
}

/** Text with the nbsp Intl puts in "4 400 000" turned into plain spaces, for matching. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
