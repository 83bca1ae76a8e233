/**
 * Catches a render error in one region of the page and shows what happened in its place,
 * with a way back: reset to the default program (the likeliest cause is the program or
 * its run) and render the region again.
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { defaultSource } from '../store/program-slice';
import { useStoreApi } from '../store/react';

interface Props {
  /** A short id for the region: its fallback's test id suffix and its `?crash-test=` name. */
  name: string;
  /** What the region is, for the message: "the replay controls". */
  region: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // React reports the error itself (createRoot's onCaughtError); keep the component stack.
    console.warn(`Loopscope: ${this.props.region} failed to render`, error, info.componentStack);
  }

  private readonly reset = () => {
    if (crashTest === this.props.name) crashTest = null;
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error !== null) {
      return (
        <Fallback
          name={this.props.name}
          region={this.props.region}
          error={error}
          onReset={this.reset}
        />
      );
    }
    return (
      <>
        <CrashTest name={this.props.name} />
        {this.props.children}
      </>
    );
  }
}

function Fallback({
  name,
  region,
  error,
  onReset,
}: {
  name: string;
  region: string;
  error: Error;
  onReset: () => void;
}) {
  const store = useStoreApi();
  return (
    <div className="render-error" role="alert" data-testid={`render-error-${name}`}>
      <h2>Something went wrong showing {region}.</h2>
      <p>
        <code>{error.message}</code>
      </p>
      <button
        type="button"
        data-testid="reset-program"
        onClick={() => {
          const { editSource, setSeed } = store.getState();
          setSeed(0);
          editSource(defaultSource);
          onReset();
        }}
      >
        Reset to the default program
      </button>
    </div>
  );
}

/**
 * The boundary's test hook: with `?crash-test=NAME` in the page's address, the boundary
 * named NAME throws on its first render, so the e2e suite can see the fallback and its
 * way back. Resetting that boundary disarms the hook for the rest of the page's life.
 */
let crashTest: string | null =
  typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('crash-test');

/** The message the crash test throws, for tests to recognise. */
export const CRASH_TEST_MESSAGE = 'crash-test: a deliberate render error';

function CrashTest({ name }: { name: string }): null {
  if (crashTest === name) throw new Error(CRASH_TEST_MESSAGE);
  return null;
}
