/**
 * Findings as a list of buttons, one per finding: the cell in bold, then what is wrong; a click selects the
 * cell in Excel. The cell and the text are read as two parts (a screen reader hears "Prosjekter!H26: …",
 * not the two run together). Kontroll and Økonomi show their findings this way.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/types';
import { useLanguage } from '../i18n';
import { ScreenReaderText } from './Section';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    width: '100%',
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalXS,
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    marginInlineEnd: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
  },
});

export function FindingList({
  findings,
  onSelect,
  label,
}: {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
  /** The list's name, when no heading right above it names it. */
  label?: string;
}) {
  const styles = useStyles();
  const { t, m } = useLanguage();
  return (
    <ul className={styles.list} aria-label={label}>
      {findings.map((f, i) => (
        <li key={`${f.sheet}!${f.cell}#${i}`}>
          <Button
            appearance="subtle"
            className={styles.finding}
            onClick={() => onSelect(f)}
            title={t('goToCell', { sheet: f.sheet, cell: f.cell })}
          >
            <span>
              <span className={styles.cell}>{`${f.sheet}!${f.cell}`}</span>
              <ScreenReaderText>: </ScreenReaderText>
              {m(f)}
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
