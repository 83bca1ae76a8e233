/**
 * The page: the verdict in the header; one toolbar (replay, settings, files); the run's
 * timeline across the page; then the program and its output on the left, the loop on the right.
 */
import { LazyMotion, MotionConfig } from 'framer-motion';
import { Transport } from './controls/Transport';
import { Settings } from './controls/Settings';
import { useKeyboardShortcuts } from './controls/useKeyboardShortcuts';
import { CodePanel } from './code/CodePanel';
import { ImportBanner } from './io/ImportBanner';
import { IoMenu } from './io/IoMenu';
import { Console } from './output/Console';
import { RunProblem } from './output/RunProblem';
import { Verdict } from './output/Verdict';
import { LoopStage, HoodPanel } from './stage/LoopStage';
import { Timeline } from './timeline/Timeline';
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
          </header>
          <ImportBanner />
          <RunProblem />
          <div className="controls" role="toolbar" aria-label="Replay controls">
            <ErrorBoundary name="controls" region="the replay controls">
              <Transport />
              <Settings />
              <IoMenu />
            </ErrorBoundary>
          </div>
          <main className="workspace">
            <ErrorBoundary name="workspace" region="the program and the loop">
              <Timeline />
              <div className="left">
                <LearnPanel />
                <CodePanel />
              </div>
              <div className="right">
                <QuizPrompt />
                <LoopStage />
                <Console />
                <HoodPanel />
              </div>
            </ErrorBoundary>
          </main>
        </div>
      </LazyMotion>
    </MotionConfig>
  );
}
