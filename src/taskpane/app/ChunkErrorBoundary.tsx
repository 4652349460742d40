import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";

interface State {
  readonly error: Error | null;
}

/**
 * Catches a view that failed to load or crashed (a lazy chunk that could not be fetched, a bug) and says
 * so, with a way back, instead of leaving a blank pane.
 */
export class ChunkErrorBoundary extends Component<{ readonly children: ReactNode; readonly onHome: () => void }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This view could not open</MessageBarTitle>
          {this.state.error.message} Go back to the portfolio and try again; if it keeps failing, reload the add-in.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.props.onHome}>Back to the portfolio</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
