/** @jest-environment jsdom */
import './support/setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Host, PaneVisibility } from '../../src/taskpane/host';
import { Root } from '../../src/taskpane/Root';

describe('the pane starting up', () => {
  it('falls back to the preview over the sample workbook, with a visible banner and the sheet view', async () => {
    const detect = async (): Promise<Host> => ({ mode: 'preview', reason: 'no-host' });
    render(<Root detect={detect} />);
    expect(
      await screen.findByText('Forhåndsvisning — eksempelarbeidsbok', undefined, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(
      await screen.findByText(/Fant tabellen «Prosjekter».* med 28 prosjekter/, undefined, {
        timeout: 10_000,
      }),
    ).toBeTruthy();
    const sheetView = screen.getByTestId('sheet-view');
    expect(within(sheetView).getByRole('tab', { name: 'Prosjekter', selected: true })).toBeTruthy();
    expect(within(sheetView).getByRole('gridcell', { name: 'Sykkelpark på Totenåsen' })).toBeTruthy();
  });

  it('switches the whole pane to English', async () => {
    const detect = async (): Promise<Host> => ({ mode: 'preview', reason: 'no-office' });
    render(<Root detect={detect} />);
    await screen.findByText('Forhåndsvisning — eksempelarbeidsbok', undefined, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByText('Preview — sample workbook')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Allocation' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens a panel on first use and keeps what was typed when the user comes back', async () => {
    const detect = async (): Promise<Host> => ({ mode: 'preview', reason: 'no-office' });
    render(<Root detect={detect} />);
    await screen.findByText(/Fant tabellen «Prosjekter»/, undefined, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('tab', { name: 'Målkurver' }));
    const actual = await screen.findByLabelText('Faktisk 2013', undefined, { timeout: 10_000 });
    await userEvent.type(actual, '6300');
    await userEvent.click(screen.getByRole('tab', { name: 'Oppsett' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Målkurver' }));
    expect((screen.getByLabelText('Faktisk 2013') as HTMLInputElement).value).toBe('6300');
  });

  it('in Excel (here without Excel behind it) speaks Office’s language and says what failed instead of going blank', async () => {
    const detect = async (): Promise<Host> => ({ mode: 'office', displayLanguage: 'en-US' });
    render(<Root detect={detect} />);
    const alert = await screen.findByRole('alert', undefined, { timeout: 10_000 });
    expect(alert.textContent).toContain('Something went wrong');
    expect(alert.textContent).toContain('An unexpected error occurred: Office is not defined.');
    expect(screen.queryByText('Preview — sample workbook')).toBeNull();
  });

  it('waits for a late Excel, saying so, and goes on in Excel when it answers — not in the preview', async () => {
    let answer: ((host: Host) => void) | undefined;
    const detect = (options?: { onWaiting?: () => void }) =>
      new Promise<Host>((resolve) => {
        answer = resolve;
        options?.onWaiting?.();
      });
    render(<Root detect={detect} />);
    expect(await screen.findByText('Venter på Excel …')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vis forhåndsvisningen i stedet' })).toBeTruthy();
    answer?.({ mode: 'office', displayLanguage: 'nb-NO' });
    // In Excel (here without Excel behind it): the Office port is started, which says what failed.
    const alert = await screen.findByRole('alert', undefined, { timeout: 10_000 });
    expect(alert.textContent).toContain('Office is not defined');
    expect(screen.queryByText('Forhåndsvisning — eksempelarbeidsbok')).toBeNull();
  });

  it('while waiting the user may choose the preview instead', async () => {
    const detect = (options?: { onWaiting?: () => void }) => new Promise<Host>(() => options?.onWaiting?.());
    render(<Root detect={detect} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Vis forhåndsvisningen i stedet' }));
    expect(
      await screen.findByText('Forhåndsvisning — eksempelarbeidsbok', undefined, { timeout: 10_000 }),
    ).toBeTruthy();
  });

  it('started only for the functions (pane hidden), it reads nothing until the pane is shown', async () => {
    let show: (() => void) | undefined;
    const visibility: PaneVisibility = {
      visible: () => false,
      whenShown: (listener) => {
        show = listener;
        return () => undefined;
      },
    };
    const detect = async (): Promise<Host> => ({ mode: 'office', displayLanguage: 'nb-NO' });
    render(<Root detect={detect} visibility={visibility} />);
    expect(await screen.findByText(/Arbeidsboka leses først når panelet vises/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => show?.());
    const alert = await screen.findByRole('alert', undefined, { timeout: 10_000 });
    expect(alert.textContent).toContain('Office is not defined');
  });
});
