/** The page: controls on top; the program and its timeline on the left; the loop and its output on the right. */
import { LazyMotion, MotionConfig } from 'framer-motion';
import { Transport } from './controls/Transport';
import { Settings } from './controls/Settings';
import { useKeyboardShortcuts } from './controls/useKeyboardShortcuts';
import { CodePanel } from './code/CodePanel';
import { CpythonBar } from './cpython/CpythonBar';
import { ImportBanner } from './io/ImportBanner';
import { IoMenu } from './io/IoMenu';
import { Console } from './output/Console';
import { Verdict } from './output/Verdict';
import { LoopStage } from './stage/LoopStage';
import { Timeline } from './timeline/Timeline';
import { LearnControls } from './learn/LearnControls';
import { LearnPanel } from './learn/LearnPanel';
import { QuizPrompt } from './learn/QuizPrompt';
import { ErrorBoundary } from './ErrorBoundary';

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
            <IoMenu />
          </header>
          <ImportBanner />
          <div className="controls" role="toolbar" aria-label="Replay controls">
            <ErrorBoundary name="controls" region="the replay controls">
              <Transport />
              <Settings />
              <LearnControls />
            </ErrorBoundary>
          </div>
          <CpythonBar />
          <main className="workspace">
            <ErrorBoundary name="workspace" region="the program and the loop">
              <div className="left">
                <LearnPanel />
                <CodePanel />
                <Timeline />
              </div>
              <div className="right">
                <QuizPrompt />
                <LoopStage />
                <Console />
              </div>
            </ErrorBoundary>
          </main>
        </div>
      </LazyMotion>
    </MotionConfig>
  );
}
