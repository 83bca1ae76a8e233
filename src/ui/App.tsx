/** The page: controls on top; the program and its timeline on the left; the loop and its output on the right. */
import { LazyMotion, MotionConfig } from 'framer-motion';
import { Transport } from './controls/Transport';
import { Settings } from './controls/Settings';
import { useKeyboardShortcuts } from './controls/useKeyboardShortcuts';
import { CodePanel } from './code/CodePanel';
import { Console } from './output/Console';
import { Verdict } from './output/Verdict';
import { LoopStage } from './stage/LoopStage';
import { Timeline } from './timeline/Timeline';

const loadMotion = () => import('./motion-features').then((m) => m.default);

export function App() {
  useKeyboardShortcuts();
  return (
    <MotionConfig reducedMotion="user">
      <LazyMotion features={loadMotion} strict>
        <div className="app">
          <header className="top">
            <div className="brand">
              <h1>Loopscope</h1>
              <p>Python&rsquo;s asyncio event loop, one event at a time.</p>
            </div>
            <Verdict />
          </header>
          <div className="controls" role="toolbar" aria-label="Replay controls">
            <Transport />
            <Settings />
          </div>
          <main className="workspace">
            <div className="left">
              <CodePanel />
              <Timeline />
            </div>
            <div className="right">
              <LoopStage />
              <Console />
            </div>
          </main>
        </div>
      </LazyMotion>
    </MotionConfig>
  );
}
