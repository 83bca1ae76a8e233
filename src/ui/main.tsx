import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPlaybackDriver } from '../store/playback/driver';
import { LoopscopeProvider } from '../store/react';
import { createCpythonRunner } from '../store/cpython/runner';
import { createWorkerRunner } from '../store/sim/worker-runner';
import { browserStorage, storageDrafts } from '../store/draft';
import type { DraftStore } from '../store/draft';
import { createLoopscopeStore } from '../store/store';
import { App } from './App';
import { boot, withoutLink } from './learn/boot';
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

const saved = storageDrafts(browserStorage());
/** Each edit is saved; the URL then stops naming a link, so a reload shows the edit. */
const drafts: DraftStore = {
  load: () => saved.load(),
  save(draft) {
    saved.save(draft);
    const plain = withoutLink(window.location.href);
    if (plain !== null) window.history.replaceState(null, '', plain);
  },
};
const store = createLoopscopeStore({
  runner: createWorkerRunner(),
  cpython: createCpythonRunner(),
  drafts,
});
startPlaybackDriver(store);
watchQuiz(store);
// The first screen: what the link asks for, or the saved draft, or default.py, simulated.
void boot(store, window.location.href, drafts.load()).then(() =>
  createRoot(container).render(
    <StrictMode>
      <LoopscopeProvider store={store}>
        <App />
      </LoopscopeProvider>
    </StrictMode>,
  ),
);
