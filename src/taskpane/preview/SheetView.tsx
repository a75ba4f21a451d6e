/**
 * The preview's stand-in for Excel: sheet tabs, a plain grid with A1 headers, the selected cell outlined
 * (so a click on a finding visibly moves it), our marks in Excel's colours and the charts the port
 * recorded. Arrow keys move the selection; Enter or F2 edits a cell, which the check panel picks up.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useReducer, useRef, useState, type KeyboardEvent } from 'react';
import { a1, columnLetters, parseA1 } from '../../core/cells';
import { MARK_STYLE } from '../../port/marks';
import { Chart } from '../components/Chart';
import { useLanguage } from '../i18n';
import type { PreviewWorkbook } from './types';

const MAX_ROWS = 300;
const MAX_COLUMNS = 40;

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    flex: '1 1 auto',
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  nameBox: {
    fontFamily: tokens.fontFamilyMonospace,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '1px 6px',
    minWidth: '14ch',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  scroller: { overflow: 'auto', flex: '1 1 auto', backgroundColor: tokens.colorNeutralBackground1 },
  grid: {
    borderCollapse: 'collapse',
    fontSize: '12px',
    fontFamily: tokens.fontFamilyBase,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: '#f3f3f3',
    color: '#444',
    fontWeight: 400,
    border: '1px solid #d4d4d4',
    padding: '1px 4px',
    minWidth: '64px',
    zIndex: 1,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: '#f3f3f3',
    color: '#444',
    fontWeight: 400,
    border: '1px solid #d4d4d4',
    padding: '1px 6px',
    textAlign: 'right',
    minWidth: '28px',
  },
  cell: {
    border: '1px solid #e1e1e1',
    padding: '1px 4px',
    height: '20px',
    maxWidth: '260px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
  },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px' },
  tabs: {
    display: 'flex',
    gap: '2px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
  },
  tab: {
    border: 'none',
    background: 'transparent',
    padding: '4px 12px',
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  activeTab: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: '#107c41',
    fontWeight: 600,
    borderBottom: '2px solid #107c41',
  },
  sheet: { display: 'flex', alignItems: 'flex-start' },
  charts: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    position: 'sticky',
    top: 0,
  },
  chart: {
    width: '380px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: '1px solid #d4d4d4',
    padding: '4px',
  },
  editor: {
    width: '100%',
    boxSizing: 'border-box',
    font: 'inherit',
    border: 'none',
    outline: 'none',
    padding: 0,
  },
});

export function SheetView({ preview }: { preview: PreviewWorkbook }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditing] = useState<{ cell: string; text: string } | undefined>();
  const gridRef = useRef<HTMLTableElement>(null);

  useEffect(() => preview.subscribe(() => refresh()), [preview]);

  const sheets = preview.sheets();
  const activeName = preview.activeSheet();
  const sheet = sheets.find((s) => s.name === activeName) ?? sheets[0];
  const selection = preview.selection();
  const selectedCell = selection && sheet && selection.sheet === sheet.name ? selection.cell : undefined;

  useEffect(() => {
    if (!selectedCell) return;
    const element = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${selectedCell}"]`);
    element?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedCell, activeName]);

  if (!sheet) return <section className={styles.view} aria-label={t('sheetView')} />;
  const rows = Math.min(Math.max(sheet.rows + 5, 30), MAX_ROWS);
  const columns = Math.min(Math.max(sheet.columns + 2, 12), MAX_COLUMNS);
  const at = selectedCell ? parseA1(selectedCell) : undefined;

  const move = (dRow: number, dColumn: number) => {
    const from = at ?? { row: 1, column: 1 };
    const row = Math.min(rows, Math.max(1, from.row + dRow));
    const column = Math.min(columns, Math.max(1, from.column + dColumn));
    preview.select(sheet.name, a1(row, column));
  };
  const commit = () => {
    if (editing) preview.edit(sheet.name, editing.cell, editing.text);
    setEditing(undefined);
    gridRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = steps[event.key];
    if (step) {
      event.preventDefault();
      move(step[0], step[1]);
    } else if ((event.key === 'Enter' || event.key === 'F2') && selectedCell && at) {
      event.preventDefault();
      setEditing({ cell: selectedCell, text: sheet.text(at.row, at.column) });
    }
  };

  return (
    <section className={styles.view} aria-label={t('sheetView')} data-testid="sheet-view">
      <div className={styles.bar}>
        <span className={styles.nameBox} data-testid="selected-cell" aria-live="polite">
          {selectedCell ? t('selectedCell', { address: `${sheet.name}!${selectedCell}` }) : sheet.name}
        </span>
      </div>
      <div className={styles.scroller}>
        <div className={styles.sheet}>
          <table
            ref={gridRef}
            className={styles.grid}
            role="grid"
            aria-label={sheet.name}
            tabIndex={0}
            onKeyDown={onKeyDown}
            data-sheet={sheet.name}
          >
            <thead>
              <tr>
                <th className={styles.head} aria-hidden="true" />
                {Array.from({ length: columns }, (_, c) => (
                  <th key={c} className={styles.head} scope="col">
                    {columnLetters(c + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => {
                const row = r + 1;
                return (
                  <tr key={row}>
                    <th className={styles.rowHead} scope="row">
                      {row}
                    </th>
                    {Array.from({ length: columns }, (_, c) => {
                      const column = c + 1;
                      const address = a1(row, column);
                      const mark = sheet.marks.get(address);
                      const isSelected = address === selectedCell;
                      const style = {
                        textAlign: sheet.isNumber(row, column) ? ('right' as const) : undefined,
                        fontWeight: sheet.isBold(row, column) ? 600 : undefined,
                        backgroundColor: mark ? MARK_STYLE[mark].fill : undefined,
                        color: mark ? MARK_STYLE[mark].font : undefined,
                      };
                      return (
                        <td
                          key={column}
                          role="gridcell"
                          data-cell={address}
                          data-mark={mark}
                          aria-selected={isSelected}
                          className={`${styles.cell} ${isSelected ? styles.selected : ''}`}
                          style={style}
                          onClick={() => preview.select(sheet.name, address)}
                          onDoubleClick={() => setEditing({ cell: address, text: sheet.text(row, column) })}
                        >
                          {editing?.cell === address ? (
                            <input
                              className={styles.editor}
                              aria-label={t('editCell', { address })}
                              autoFocus
                              value={editing.text}
                              onChange={(e) => setEditing({ cell: address, text: e.target.value })}
                              onBlur={commit}
                              onKeyDown={(e) => {
                                if (e.key === 'Enter') commit();
                                if (e.key === 'Escape') {
                                  setEditing(undefined);
                                  gridRef.current?.focus();
                                }
                              }}
                            />
                          ) : (
                            sheet.text(row, column)
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {sheet.charts.length > 0 && (
            <div className={styles.charts}>
              {sheet.charts.map((chart, i) => (
                <div
                  key={i}
                  className={styles.chart}
                  data-testid="sheet-chart"
                  aria-label={t('chartLabel', { title: chart.title })}
                >
                  <Chart {...chart} width={380} height={240} />
                </div>
              ))}
            </div>
          )}
        </div>
      </div>
      <div className={styles.tabs} role="tablist" aria-label={t('sheetTabs')}>
        {sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className={`${styles.tab} ${s.name === sheet.name ? styles.activeTab : ''}`}
            onClick={() => preview.activate(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </section>
  );
}
