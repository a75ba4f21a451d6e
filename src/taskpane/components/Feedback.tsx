/** How the pane talks back: a MessageBar for errors (with the port's own message), notices, and progress. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n';
import { errorText, type Task } from '../useTask';

export function ErrorBar({ cause, onDismiss }: { cause: unknown; onDismiss?: () => void }) {
  const { t, lang } = useLanguage();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {errorText(cause, lang)}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            {t('dismiss')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function Notice({
  intent = 'success',
  children,
}: {
  intent?: 'success' | 'info' | 'warning' | 'error';
  children: ReactNode;
}) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

export function Busy({ label }: { label?: string }) {
  const { t } = useLanguage();
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={label ?? t('working')} />
    </div>
  );
}

/** A task's progress, error and notice, in that place in the panel. */
export function TaskStatus({ task }: { task: Task }) {
  const { t, m } = useLanguage();
  return (
    <div aria-live="polite">
      {task.busy && <Busy />}
      {task.error && <ErrorBar cause={task.error.cause} onDismiss={task.clear} />}
      {task.notice && <Notice>{t(task.notice.key, task.notice.vars)}</Notice>}
      {task.notice?.warnings?.map((warning, i) => (
        <Notice key={i} intent="warning">
          {m(warning)}
        </Notice>
      ))}
    </div>
  );
}
