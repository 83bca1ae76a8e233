/** The coroutine count (rewrites `N = ...`), the seed, the speed and skipping idle time. */
import { memo, useId } from 'react';
import { MAX_COUNT, MIN_COUNT } from '../../store/program-count';
import { SPEEDS } from '../../store/playback/timing';
import { useLoopscope, useLoopscopeShallow } from '../../store/react';
import {
  selectActions,
  selectCount,
  selectSeed,
  selectSkipIdle,
  selectSpeed,
} from '../../store/selectors';

function CountSlider() {
  const id = useId();
  const count = useLoopscope(selectCount);
  const { setCount } = useLoopscopeShallow(selectActions);
  return (
    <div className="setting count">
      <label htmlFor={id}>
        Coroutines <code>N</code>
      </label>
      <input
        id={id}
        type="range"
        data-testid="coroutine-count"
        min={MIN_COUNT}
        max={MAX_COUNT}
        value={count ?? MIN_COUNT}
        disabled={count === null}
        title={count === null ? 'The program has no top-level N = <int> line' : undefined}
        onChange={(e) => setCount(Number(e.target.value))}
      />
      <output htmlFor={id} className="count-value" aria-live="off">
        {count ?? '—'}
      </output>
    </div>
  );
}

export const Settings = memo(function Settings() {
  const seedId = useId();
  const speedId = useId();
  const skipId = useId();
  const seed = useLoopscope(selectSeed);
  const speed = useLoopscope(selectSpeed);
  const skipIdle = useLoopscope(selectSkipIdle);
  const { setSeed, setSpeed, setSkipIdle } = useLoopscopeShallow(selectActions);
  return (
    <div className="settings">
      <CountSlider />
      <div className="setting">
        <label htmlFor={seedId}>Seed</label>
        <input
          id={seedId}
          type="number"
          inputMode="numeric"
          data-testid="seed"
          className="seed"
          defaultValue={seed}
          onChange={(e) => {
            const v = e.target.value.trim();
            if (/^-?\d+$/.test(v)) setSeed(Number(v));
          }}
        />
      </div>
      <div className="setting">
        <label htmlFor={speedId}>Speed</label>
        <select
          id={speedId}
          data-testid="speed"
          value={speed}
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <div className="setting check">
        <input
          id={skipId}
          type="checkbox"
          data-testid="skip-idle"
          checked={skipIdle}
          onChange={(e) => setSkipIdle(e.target.checked)}
        />
        <label htmlFor={skipId}>Skip idle time</label>
      </div>
    </div>
  );
});
