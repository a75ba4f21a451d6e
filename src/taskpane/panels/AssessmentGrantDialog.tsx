/**
 * "Add granted applications to Prosjekter" asks first: which applications the board granted, for how much,
 * and the year of the decision. Nothing is written until the user confirms. An application with a warning
 * (de minimis, support share, habilitet …) is not ticked to begin with; ticking it asks the user to confirm
 * that the board granted it all the same, and that confirmation goes to the log with the rows.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Assessment } from '../../core/assessment';
import type { Lang } from '../../i18n';
import { formatKroner, parseAmount } from '../../core/money';
import type { GrantDecision } from '../../app/assess';
import { WarningList, warningCount } from './AssessmentParts';
import type { Words } from './AssessmentWords';

const useStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr 9em',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
});

interface Choice {
  checked: boolean;
  amount: string;
}

/** What the board most likely granted: what the frame carries of it, and nothing with a warning. */
function initialChoices(assessments: Assessment[]): Record<number, Choice> {
  return Object.fromEntries(
    assessments.map((a) => [
      a.row,
      {
        checked: (a.decision === 'funded' || a.decision === 'partly') && a.warnings.length === 0,
        amount: formatKroner(a.decision === 'partly' ? a.fundable : (a.application.applied ?? 0)),
      },
    ]),
  );
}

function amountOf(text: string): number | undefined {
  const parsed = parseAmount(text);
  return parsed.kind === 'number' && parsed.value >= 0 ? parsed.value : undefined;
}

function yearOf(text: string): number | undefined {
  const year = Number(text.trim());
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined;
}

export function GrantDialog({
  open,
  assessments,
  defaultYear,
  onCancel,
  onConfirm,
  w,
  lang,
}: {
  open: boolean;
  assessments: Assessment[];
  defaultYear: number;
  onCancel: () => void;
  onConfirm: (decisions: GrantDecision[], year: number) => void;
  w: Words;
  lang: Lang;
}) {
  const styles = useStyles();
  const [choices, setChoices] = useState(() => initialChoices(assessments));
  /** The warned application whose tick waits for the user's confirmation. */
  const [asking, setAsking] = useState<Assessment | undefined>();
  const [yearText, setYearText] = useState(String(defaultYear));
  const chosen = assessments.filter((a) => choices[a.row]?.checked);
  const year = yearOf(yearText);
  const amounts = chosen.map((a) => amountOf(choices[a.row].amount));
  const ready = chosen.length > 0 && year !== undefined && amounts.every((x) => x !== undefined);
  const set = (row: number, change: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [row]: { ...(all[row] ?? { checked: false, amount: '' }), ...change } }));

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="grant-intro">
        <DialogBody>
          <DialogTitle>{w('addTitle')}</DialogTitle>
          <DialogContent>
            <p id="grant-intro">{w('addIntro')}</p>
            {assessments.some((a) => a.warnings.length > 0) && <p>{w('warnedNotTicked')}</p>}
            <div className={styles.rows}>
              <Field
                label={w('addYear')}
                validationState={year === undefined ? 'error' : 'none'}
                validationMessage={year === undefined ? w('invalidYear', { text: yearText }) : undefined}
              >
                <Input value={yearText} inputMode="numeric" onChange={(_, d) => setYearText(d.value)} />
              </Field>
              {assessments.map((a) => {
                const choice = choices[a.row] ?? { checked: false, amount: '' };
                const bad = choice.checked && amountOf(choice.amount) === undefined;
                return (
                  <div key={a.row} className={styles.row}>
                    <Checkbox
                      checked={choice.checked}
                      onChange={(_, d) => {
                        if (d.checked === true && a.warnings.length > 0) setAsking(a);
                        else set(a.row, { checked: d.checked === true });
                      }}
                      label={[
                        `${a.id} ${a.application.applicant ?? ''} (${w(a.decision)})`,
                        a.warnings.length
                          ? ` ⚠ ${choice.checked ? w('confirmed') : warningCount(a.warnings, w)}`
                          : '',
                      ].join('')}
                    />
                    <Field
                      validationState={bad ? 'error' : 'none'}
                      validationMessage={bad ? w('invalidAmount', { text: choice.amount }) : undefined}
                    >
                      <Input
                        size="small"
                        value={choice.amount}
                        disabled={!choice.checked}
                        aria-label={w('addAmount', { id: a.id })}
                        onChange={(_, d) => set(a.row, { amount: d.value })}
                      />
                    </Field>
                  </div>
                );
              })}
            </div>
            {asking && (
              <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && setAsking(undefined)}>
                <DialogSurface aria-describedby="confirm-intro">
                  <DialogBody>
                    <DialogTitle>{w('confirmTitle', { id: asking.id })}</DialogTitle>
                    <DialogContent>
                      <p id="confirm-intro">{w('confirmIntro')}</p>
                      <WarningList
                        warnings={asking.warnings}
                        label={w('warnings', { id: asking.id })}
                        lang={lang}
                      />
                    </DialogContent>
                    <DialogActions>
                      <Button onClick={() => setAsking(undefined)}>{w('confirmNo')}</Button>
                      <Button
                        appearance="primary"
                        onClick={() => {
                          set(asking.row, { checked: true });
                          setAsking(undefined);
                        }}
                      >
                        {w('confirmYes')}
                      </Button>
                    </DialogActions>
                  </DialogBody>
                </DialogSurface>
              </Dialog>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{w('addCancel')}</Button>
            <Button
              appearance="primary"
              disabled={!ready}
              onClick={() =>
                onConfirm(
                  chosen.map((a, i) => ({
                    row: a.row,
                    id: a.application.id,
                    amount: amounts[i] as number,
                    ...(a.warnings.length ? { confirmed: true } : {}),
                  })),
                  year as number,
                )
              }
            >
              {w('addConfirm', { count: chosen.length })}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
