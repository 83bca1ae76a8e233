import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPlaybackDriver } from '../store/playback/driver';
import { LoopscopeProvider } from '../store/react';
import { createCpythonRunner } from '../store/cpython/runner';
import { createWorkerRunner } from '../store/sim/worker-runner';
import { createLoopscopeStore } from '../store/store';
import { App } from './App';
import { boot } from './learn/boot';
import { watchQuiz } from '../store/quiz';
import './styles/base.css';
import './styles/controls.css';
import './styles/code.css';
import './styles/console.css';
import './styles/stage.css';
import './styles/timeline.css';
import './styles/learn.css';
import './styles/responsive.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element');
}

const store = createLoopscopeStore({
  runner: createWorkerRunner(),
  cpython: createCpythonRunner(),
});
startPlaybackDriver(store);
watchQuiz(store);
// The first screen: what the link asks for, or default.py, simulated and ready to play.
void boot(store, window.location.href).then(() =>
  createRoot(container).render(
    <StrictMode>
      <LoopscopeProvider store={store}>
        <App />
      </LoopscopeProvider>
    </StrictMode>,
  ),
);
