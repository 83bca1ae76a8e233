/** The coroutine count (rewrites `N = ...`), the seed, the speed and skipping idle time. */
import { memo, useId, useRef, useState } from 'react';
import {
  COUNT_STEPS,
  countToStep,
  MAX_COUNT,
  MIN_COUNT,
  stepToCount,
} from '../../store/program-count';
import { SPEEDS } from '../../store/playback/timing';
import { useLoopscope, useLoopscopeShallow } from '../../store/react';
import {
  selectActions,
  selectCount,
  selectSeed,
  selectSkipIdle,
  selectSpeed,
} from '../../store/selectors';

/** N as a number box: Enter (or leaving the box) applies what was typed. */
function CountNumber({ count, label }: { count: number | null; label: string }) {
  const { setCount } = useLoopscopeShallow(selectActions);
  const [text, setText] = useState(count === null ? '' : String(count));
  const [shown, setShown] = useState(count);
  // The slider or the editor changed N: show it.
  if (shown !== count) {
    setShown(count);
    setText(count === null ? '' : String(count));
  }
  const apply = () => {
    const n = Number(text.trim());
    if (text.trim() !== '' && Number.isFinite(n)) {
      const clamped = Math.max(MIN_COUNT, Math.min(MAX_COUNT, Math.round(n)));
      setText(String(clamped));
      if (clamped !== count) setCount(clamped);
    } else {
      setText(count === null ? '' : String(count));
    }
  };
  return (
    <input
      type="number"
      inputMode="numeric"
      className="count-number"
      data-testid="coroutine-count-number"
      aria-label={label}
      min={MIN_COUNT}
      max={MAX_COUNT}
      value={text}
      disabled={count === null}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
      onBlur={apply}
    />
  );
}

/** N on a stepped slider (every value up to 20, round ones above) and in a number box. */
function CountSlider() {
  const id = useId();
  const count = useLoopscope(selectCount);
  const { setCount } = useLoopscopeShallow(selectActions);
  const noN = count === null ? 'The program has no top-level N = <int> line' : undefined;
  return (
    <div className="setting count">
      <label htmlFor={id}>
        Coroutines <code>N</code>
      </label>
      <input
        id={id}
        type="range"
        data-testid="coroutine-count"
        min={0}
        max={COUNT_STEPS.length - 1}
        step={1}
        value={countToStep(count ?? MIN_COUNT)}
        aria-valuetext={count === null ? 'no N in the program' : `N = ${count}`}
        disabled={count === null}
        title={noN}
        onChange={(e) => setCount(stepToCount(Number(e.target.value)))}
      />
      <CountNumber count={count} label="Coroutines N, exactly (Enter applies)" />
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
  const pickedByPointer = useRef(false);
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
          onPointerDown={() => (pickedByPointer.current = true)}
          onKeyDown={() => (pickedByPointer.current = false)}
          onChange={(e) => {
            setSpeed(Number(e.target.value));
            // Picked with the mouse: the arrow keys go back to moving the replay.
            if (pickedByPointer.current) e.currentTarget.blur();
          }}
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
        <label htmlFor={skipId}>Skip idle</label>
      </div>
    </div>
  );
});
