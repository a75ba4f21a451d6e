/** Layout pieces shared by the panels: a titled section (h2 under the pane's h1), a row of buttons. */
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  // Read by screen readers, not shown (the usual "visually hidden" pattern).
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} style={{ margin: 0 }}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** Words for screen readers only: a separator the eye gets from layout, a column's name. */
export function ScreenReaderText({ children }: { children: ReactNode }) {
  return <span className={useStyles().hidden}>{children}</span>;
}

export function Actions({ children }: { children: ReactNode }) {
  return <div className={useStyles().actions}>{children}</div>;
}

/** Wide tables scroll sideways inside the narrow pane instead of pushing it wider. */
export function Scroll({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div
      className={useStyles().scroll}
      role={label ? 'region' : undefined}
      aria-label={label}
      tabIndex={label ? 0 : undefined}
    >
      {children}
    </div>
  );
}
