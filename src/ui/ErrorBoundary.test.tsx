import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSource } from '../store/program-slice';
import { LoopscopeProvider } from '../store/react';
import { createInlineRunner } from '../store/sim/inline-runner';
import { createLoopscopeStore } from '../store/store';
import { ErrorBoundary } from './ErrorBoundary';

afterEach(cleanup);

let broken = true;
function Fragile() {
  if (broken) throw new Error('the stage fell over');
  return <p>the stage</p>;
}

describe('ErrorBoundary', () => {
  it('shows the error in place of its region and resets to the default program', () => {
    // React and the boundary both report the caught error; keep the test output quiet.
    const quiet = [
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
    ];
    const store = createLoopscopeStore({ runner: createInlineRunner() });
    store.getState().editSource('print("hi")\n');
    store.getState().setSeed(7);
    render(
      <LoopscopeProvider store={store}>
        <p>the header</p>
        <ErrorBoundary name="stage" region="the stage">
          <Fragile />
        </ErrorBoundary>
      </LoopscopeProvider>,
    );
    expect(screen.getByText('the header')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('the stage fell over');

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the default program' }));
    expect(store.getState().source).toBe(defaultSource);
    expect(store.getState().seed).toBe(0);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('the stage')).toBeDefined();
    quiet.forEach((spy) => spy.mockRestore());
  });
});
