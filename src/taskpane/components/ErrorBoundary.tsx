/** Never a blank pane: a render error shows a MessageBar with what happened and a way to try again. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { paneText, type Lang } from '../../i18n';
import { errorText } from '../useTask';

interface Props {
  lang: Lang;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { cause?: unknown; failed: boolean }> {
  override state: { cause?: unknown; failed: boolean } = { failed: false };

  static getDerivedStateFromError(cause: unknown) {
    return { cause, failed: true };
  }

  override render() {
    const { lang, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{paneText(lang, 'errorTitle')}</MessageBarTitle>
          {errorText(this.state.cause, lang)}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ cause: undefined, failed: false })}>
            {paneText(lang, 'reload')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
