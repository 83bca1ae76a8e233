import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPlaybackDriver } from '../store/playback/driver';
import { LoopscopeProvider } from '../store/react';
import { createWorkerRunner } from '../store/sim/worker-runner';
import { createLoopscopeStore } from '../store/store';
import { App } from './App';
import './styles/base.css';
import './styles/controls.css';
import './styles/code.css';
import './styles/console.css';
import './styles/stage.css';
import './styles/timeline.css';
import './styles/responsive.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element');
}

const store = createLoopscopeStore({ runner: createWorkerRunner() });
startPlaybackDriver(store);
// The first screen: default.py, simulated and ready to play.
void store.getState().simulate();

createRoot(container).render(
  <StrictMode>
    <LoopscopeProvider store={store}>
      <App />
    </LoopscopeProvider>
  </StrictMode>,
);
