/**
 * The preview's stand-in for Excel: sheet tabs, a plain grid with A1 headers, the selected cell outlined
 * (so a click on a finding visibly moves it), our marks in Excel's colours and the charts the port
 * recorded, floating over the cells Excel would put them on. Arrow keys move the selection; Enter or F2
 * edits a cell, which the check panel picks up.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useReducer, useRef, useState, type KeyboardEvent } from 'react';
import { a1, columnLetters, parseA1 } from '../../core/cells';
import { MARK_STYLE } from '../../port/marks';
import { Chart } from '../components/Chart';
import { useLanguage } from '../i18n';
import type { PreviewSheet, PreviewWorkbook } from './types';

const MAX_ROWS = 300;
const MAX_COLUMNS = 40;
const ROW_HEADER_WIDTH = 40;
const DEFAULT_WIDTH = 64;
const MAX_AUTO_WIDTH = 280;
const CHAR_WIDTH = 7;
/** Charts are drawn no wider than this, so one fits beside its table on a laptop screen. */
const MAX_CHART_WIDTH = 460;

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    flex: '1 1 auto',
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    '@media (max-width: 760px)': {
      height: '70vh',
      borderLeft: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    },
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
  sheet: { position: 'relative', width: 'max-content' },
  grid: {
    // 'separate': sticky headers in a collapsed table let scrolled cells show through in Chromium.
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontSize: '12px',
    fontFamily: tokens.fontFamilyBase,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: '#f3f3f3',
    color: '#444',
    fontWeight: 400,
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #d4d4d4',
    padding: '1px 4px',
    zIndex: 2,
  },
  corner: { left: 0, zIndex: 3 },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: '#f3f3f3',
    color: '#444',
    fontWeight: 400,
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #d4d4d4',
    padding: '0 6px',
    textAlign: 'right',
    zIndex: 1,
  },
  cell: {
    borderRight: '1px solid #e1e1e1',
    borderBottom: '1px solid #e1e1e1',
    padding: '0 4px',
    height: '21px',
    lineHeight: '20px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    cursor: 'cell',
  },
  spill: { overflow: 'visible' },
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
  chart: {
    position: 'absolute',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    border: '1px solid #b0b0b0',
    boxShadow: tokens.shadow4,
    padding: '4px',
    overflow: 'hidden',
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

/** Pixel widths: the sheet's own where set; else wide enough for the longest text that cannot spill over. */
export function columnWidths(sheet: PreviewSheet, rows: number, columns: number): number[] {
  return Array.from({ length: columns }, (_, c) => {
    const column = c + 1;
    const set = sheet.columnWidth(column);
    if (set !== undefined) return set;
    let longest = 0;
    for (let row = 1; row <= Math.min(rows, sheet.rows); row++) {
      const text = sheet.text(row, column);
      const spills = !sheet.isNumber(row, column) && sheet.text(row, column + 1) === '';
      if (text && !spills) longest = Math.max(longest, text.length);
    }
    return Math.min(MAX_AUTO_WIDTH, Math.max(DEFAULT_WIDTH, longest * CHAR_WIDTH + 12));
  });
}

/**
 * Columns whose right gridline the row's spilling text runs across: Excel hides those lines, and drawn
 * through the text they would cut it up.
 */
export function spillOver(sheet: PreviewSheet, row: number, widths: number[]): Set<number> {
  const covered = new Set<number>();
  for (let column = 1; column <= widths.length; column++) {
    const text = sheet.text(row, column);
    if (text === '' || sheet.isNumber(row, column)) continue;
    let room = widths[column - 1];
    const needed = text.length * CHAR_WIDTH + 8;
    for (
      let next = column + 1;
      room < needed && next <= widths.length && sheet.text(row, next) === '';
      next++
    ) {
      covered.add(next - 1);
      room += widths[next - 1];
    }
  }
  return covered;
}

type Box = { left: number; top: number; width: number; height: number };

export function SheetView({ preview }: { preview: PreviewWorkbook }) {
  const styles = useStyles();
  const { t, lang } = useLanguage();
  const [version, refresh] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditingState] = useState<{ cell: string; text: string } | undefined>();
  const editingRef = useRef<{ cell: string; text: string } | undefined>(undefined);
  const setEditing = (next: { cell: string; text: string } | undefined) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const [chartBoxes, setChartBoxes] = useState<Box[]>([]);
  const gridRef = useRef<HTMLTableElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);

  useEffect(() => preview.subscribe(() => refresh()), [preview]);

  const sheets = preview.sheets(lang);
  const activeName = preview.activeSheet();
  const sheet = sheets.find((s) => s.name === activeName) ?? sheets[0];
  const selection = preview.selection();
  const selectedCell = selection && sheet && selection.sheet === sheet.name ? selection.cell : undefined;
  const charts = sheet?.charts ?? [];
  const rows = sheet
    ? Math.min(MAX_ROWS, Math.max(sheet.rows + 5, 30, ...charts.map((c) => c.anchor.bottom + 1)))
    : 0;
  const columns = sheet
    ? Math.min(MAX_COLUMNS, Math.max(sheet.columns + 2, 10, ...charts.map((c) => c.anchor.right)))
    : 0;

  // Another sheet opens at its top left, as Excel shows it; then its selected cell is scrolled to.
  useLayoutEffect(() => {
    scrollerRef.current?.scrollTo?.(0, 0);
  }, [activeName]);

  useEffect(() => {
    if (!selectedCell) return;
    const element = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${selectedCell}"]`);
    element?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedCell, activeName]);

  // Charts float over the cells of their anchor, measured once the grid is laid out.
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const cellBox = (row: number, column: number) =>
      grid.querySelector<HTMLElement>(`[data-cell="${a1(row, column)}"]`);
    setChartBoxes(
      charts.map(({ anchor }) => {
        const from = cellBox(anchor.top, anchor.left);
        const to = cellBox(anchor.bottom, anchor.right);
        if (!from || !to) return { left: 0, top: 0, width: 380, height: 240 };
        return {
          left: from.offsetLeft,
          top: from.offsetTop,
          width: Math.min(MAX_CHART_WIDTH, Math.max(320, to.offsetLeft + to.offsetWidth - from.offsetLeft)),
          height: Math.max(220, to.offsetTop + to.offsetHeight - from.offsetTop),
        };
      }),
    );
    // `charts` is rebuilt on every render (depending on it would lay out forever); `version` changes
    // whenever the workbook does, and with it the charts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, activeName, charts.length]);

  if (!sheet) return <section className={styles.view} aria-label={t('sheetView')} />;
  const widths = columnWidths(sheet, rows, columns);
  const at = selectedCell ? parseA1(selectedCell) : undefined;

  const move = (dRow: number, dColumn: number) => {
    const from = at ?? { row: 1, column: 1 };
    const row = Math.min(rows, Math.max(1, from.row + dRow));
    const column = Math.min(columns, Math.max(1, from.column + dColumn));
    preview.select(sheet.name, a1(row, column));
  };
  /** Ends editing once (Enter and the blur that follows it must not write twice); Escape keeps the cell. */
  const finish = (save: boolean) => {
    const edit = editingRef.current;
    editingRef.current = undefined;
    setEditing(undefined);
    if (save && edit) preview.edit(sheet.name, edit.cell, edit.text);
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
      <div className={styles.scroller} ref={scrollerRef}>
        <div className={styles.sheet}>
          <table
            ref={gridRef}
            className={styles.grid}
            style={{ width: ROW_HEADER_WIDTH + widths.reduce((sum, w) => sum + w, 0) }}
            role="grid"
            aria-label={sheet.name}
            tabIndex={0}
            onKeyDown={onKeyDown}
            data-sheet={sheet.name}
          >
            <colgroup>
              <col style={{ width: ROW_HEADER_WIDTH }} />
              {widths.map((width, c) => (
                <col key={c} style={{ width }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th className={mergeClasses(styles.head, styles.corner)} aria-hidden="true" />
                {widths.map((_, c) => (
                  <th key={c} className={styles.head} scope="col">
                    {columnLetters(c + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => {
                const row = r + 1;
                const covered = spillOver(sheet, row, widths);
                return (
                  <tr key={row}>
                    <th className={styles.rowHead} scope="row">
                      {row}
                    </th>
                    {widths.map((_, c) => {
                      const column = c + 1;
                      const address = a1(row, column);
                      const text = sheet.text(row, column);
                      const number = sheet.isNumber(row, column);
                      const spills = text !== '' && !number && sheet.text(row, column + 1) === '';
                      const mark = sheet.marks.get(address);
                      const isSelected = address === selectedCell;
                      const style = {
                        textAlign: number ? ('right' as const) : undefined,
                        fontWeight: sheet.isBold(row, column) ? 600 : undefined,
                        backgroundColor: mark ? MARK_STYLE[mark].fill : undefined,
                        color: mark ? MARK_STYLE[mark].font : undefined,
                        borderRightColor: covered.has(column) ? 'transparent' : undefined,
                      };
                      return (
                        <td
                          key={column}
                          role="gridcell"
                          data-cell={address}
                          data-mark={mark}
                          aria-selected={isSelected}
                          className={mergeClasses(
                            styles.cell,
                            spills && styles.spill,
                            isSelected && styles.selected,
                          )}
                          style={style}
                          onClick={() => preview.select(sheet.name, address)}
                          onDoubleClick={() => setEditing({ cell: address, text })}
                        >
                          {editing?.cell === address ? (
                            <input
                              className={styles.editor}
                              aria-label={t('editCell', { address })}
                              autoFocus
                              value={editing.text}
                              onChange={(e) => setEditing({ cell: address, text: e.target.value })}
                              onBlur={() => finish(true)}
                              onKeyDown={(e) => {
                                if (e.key === 'Enter') finish(true);
                                if (e.key === 'Escape') finish(false);
                              }}
                            />
                          ) : (
                            text
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {charts.map((chart, i) => {
            const box = chartBoxes[i];
            return (
              <div
                key={`${sheet.name}-${i}`}
                className={styles.chart}
                style={box ?? { visibility: 'hidden' }}
                data-testid="sheet-chart"
              >
                <Chart
                  kind={chart.kind}
                  title={chart.title}
                  categories={chart.categories}
                  series={chart.series}
                  width={box ? box.width - 10 : 380}
                  height={box ? box.height - 40 : 220}
                />
              </div>
            );
          })}
        </div>
      </div>
      <div className={styles.tabs} role="tablist" aria-label={t('sheetTabs')}>
        {sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className={mergeClasses(styles.tab, s.name === sheet.name && styles.activeTab)}
            onClick={() => preview.activate(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </section>
  );
}
