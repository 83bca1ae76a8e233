import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LoopscopeProvider } from '../store/react';
import { createInlineRunner } from '../store/sim/inline-runner';
import { createLoopscopeStore } from '../store/store';
import { App } from './App';

beforeAll(() => {
  // jsdom has neither; the page needs them only for sizes and motion.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- only checks presence
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  HTMLCanvasElement.prototype.getContext = (() =>
    null) as typeof HTMLCanvasElement.prototype.getContext;
});

afterEach(cleanup);

async function renderApp() {
  const store = createLoopscopeStore({ runner: createInlineRunner() });
  await store.getState().simulate();
  render(
    <LoopscopeProvider store={store}>
      <App />
    </LoopscopeProvider>,
  );
  return store;
}

describe('App', () => {
  it('shows the Loopscope heading and the first run, at event 0', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Loopscope' })).toBeDefined();
    expect(screen.getByTestId('position').textContent).toMatch(/^event 0 \/ \d+$/);
    expect(screen.getByTestId('clock').textContent).toBe('0.000 s');
  });

  it('steps with the buttons and the keyboard', async () => {
    const store = await renderApp();
    fireEvent.click(screen.getByTestId('step-forward'));
    expect(store.getState().cursor).toBe(1);
    fireEvent.keyDown(window, { key: 'End' });
    expect(store.getState().cursor).toBe(store.getState().run!.replay.length);
    const done = screen.getByTestId('lane-done');
    expect(within(done).getAllByTestId('task-card')).toHaveLength(11);
    fireEvent.keyDown(window, { key: 'Home' });
    expect(screen.getByTestId('position').textContent).toMatch(/^event 0 /);
  });

  it('shows each task card in its lane with its name and state', async () => {
    const store = await renderApp();
    const k = store.getState().run!.replay.events.findIndex((e) => e.type === 'clock');
    act(() => store.getState().seek(k));
    const card = within(screen.getByTestId('lane-awaiting')).getByTestId('task-card');
    expect(card.dataset).toMatchObject({ task: 'Task-1', state: 'awaiting' });
    expect(card.textContent).toContain('sleep(3)');
  });
});
