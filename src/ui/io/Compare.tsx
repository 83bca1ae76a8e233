/** The imported trace beside the simulator's, with the first line where they part marked. */
import { useEffect, useMemo, useRef } from 'react';
import { firstDifference, traceLines } from './diff';

/** Lines drawn per column; a longer trace shows a window around the first difference. */
const WINDOW = 3000;

function Column({
  title,
  lines,
  start,
  diff,
}: {
  title: string;
  lines: readonly string[];
  start: number;
  diff: number | null;
}) {
  const mark = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const el = mark.current;
    const box = el?.parentElement;
    if (el && box) box.scrollTop = Math.max(0, el.offsetTop - box.offsetTop - box.clientHeight / 3);
  }, [diff]);
  const shown = lines.slice(start, start + WINDOW);
  return (
    <figure className="io-compare-col">
      <figcaption>
        {title} <small>({lines.length} lines)</small>
      </figcaption>
      <pre tabIndex={0} aria-label={title}>
        {shown.map((line, i) => {
          const n = start + i;
          return (
            <span
              key={n}
              ref={n === diff ? mark : undefined}
              className={n === diff ? 'io-line io-diff' : 'io-line'}
            >
              <span className="io-ln">{n + 1}</span>
              {line}
              {'\n'}
            </span>
          );
        })}
        {diff !== null && diff >= lines.length && (
          <span ref={mark} className="io-line io-diff io-missing">
            <span className="io-ln">{diff + 1}</span>(no more lines){'\n'}
          </span>
        )}
      </pre>
    </figure>
  );
}

export function Compare({
  imported,
  simulated,
  importedTitle,
  limited,
}: {
  imported: string;
  simulated: string;
  importedTitle: string;
  limited: boolean;
}) {
  const a = useMemo(() => traceLines(imported), [imported]);
  const b = useMemo(() => traceLines(simulated), [simulated]);
  const diff = useMemo(() => firstDifference(a, b), [a, b]);
  const start = diff === null ? 0 : Math.max(0, diff - 200);
  return (
    <section className="io-compare" data-testid="compare" aria-label="Compare with simulation">
      {diff === null ? (
        <p className="io-same" data-testid="compare-identical">
          Identical: the simulator gives the same canonical trace, line for line ({a.length} lines).
        </p>
      ) : (
        <p className="io-differ" data-testid="first-difference">
          First difference at line {diff + 1}: <code>{a[diff] ?? '(the recording ends)'}</code>{' '}
          against <code>{b[diff] ?? '(the simulation ends)'}</code>
          {limited && ' — the simulation stopped at the page’s event limit.'}
        </p>
      )}
      <div className="io-compare-cols">
        <Column title={importedTitle} lines={a} start={start} diff={diff} />
        <Column title="Simulated by Loopscope" lines={b} start={start} diff={diff} />
      </div>
    </section>
  );
}
