/**
 * Narration: the event just applied at cursor `k`, as one plain sentence that names the
 * task, the line and the reason. Pure: the replay index, the cursor and the program text in,
 * a string out.
 */
import type { EngineEvent } from '../engine/events';
import { unreachable } from '../engine/events';
import type { Replay } from './replay-types';

/** Virtual seconds as the page's clock shows them. */
const secs = (t: number) => `${t.toFixed(3)} s`;

/** Task names as of event `k` (creations and renames before it). */
function namesBefore(events: readonly EngineEvent[], k: number): Map<number, string> {
  const names = new Map<number, string>();
  for (let i = 0; i < k && i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'create' || e.type === 'rename') names.set(e.task, e.name);
  }
  return names;
}

/** `await asyncio.sleep(3)` from line `n` of the source, trimmed; null past the end. */
function codeAt(source: string, line: number): string | null {
  const text = source.split('\n')[line - 1]?.trim();
  return text ? text : null;
}

function onLine(source: string, line: number | undefined): string {
  if (line === undefined || line <= 0) return '';
  const code = codeAt(source, line);
  return code ? ` \`${code}\` on line ${line}` : ` line ${line}`;
}

/**
 * The line that created a task (the event at `i`): the statement that ran last before it, in
 * the same step (a recording does not say which task created which, but nothing else runs
 * in between). Null when the log has no line events there (the command line records none).
 */
function creationLine(events: readonly EngineEvent[], i: number): number | null {
  for (let j = i - 1; j >= 0; j--) {
    const e = events[j]!;
    if (e.type === 'line') return e.line;
    // A new step or callback began: no statement of the creator's ran since.
    if (e.type === 'run' || e.type === 'handle' || e.type === 'tick') return null;
  }
  return null;
}

/** How handle `id` entered the ready queue, looking back from event `i`. */
function queuedAs(events: readonly EngineEvent[], i: number, id: number) {
  for (let j = i - 1; j >= 0; j--) {
    const e = events[j]!;
    if ((e.type === 'queue' || e.type === 'timer') && e.handle === id)
      return { kind: e.type === 'timer' ? 'timer' : e.kind, label: e.label, task: e.task };
  }
  return null;
}

/** One sentence for the state after the first `k` events (the event just applied is `k - 1`). */
export function narrate(replay: Pick<Replay, 'events'>, k: number, source: string): string {
  const { events } = replay;
  if (events[events.length - 1]?.type === 'limit' && k <= 0)
    return 'The replay is at its start. This run stopped at a limit before it finished (the message above says where): press play, or step forward, to watch how it got there.';
  if (k <= 0 || events.length === 0)
    return 'Nothing has run yet: press play, or step forward, to start.';
  const e = events[Math.min(k, events.length) - 1]!;
  const names = namesBefore(events, k);
  const name = (id: number | null) =>
    id === null ? 'the module' : (names.get(id) ?? `task ${id}`);
  switch (e.type) {
    case 'tick':
      return e.ready === 1
        ? `The loop begins iteration ${e.tick}: 1 handle is ready, and it runs it.`
        : `The loop begins iteration ${e.tick}: ${e.ready} handles are ready, and it runs them in queue order.`;
    case 'loop':
      if (e.phase === 'start') return '`asyncio.run` starts a new event loop.';
      if (e.phase === 'shutdown')
        return 'The main task is done: the loop cancels leftover tasks and shuts down.';
      return 'The event loop is closed.';
    case 'clock':
      return e.why === 'timer'
        ? `Nothing was ready, so the loop slept in its selector from ${secs(e.from)} to ${secs(e.t)}, when the next timer was due.`
        : `\`time.sleep\` blocked the whole loop from ${secs(e.from)} to ${secs(e.t)}: nothing else could run.`;
    case 'create': {
      const at = creationLine(events, Math.min(k, events.length) - 1);
      const where = at === null ? '' : ` on line ${at}`;
      const defined = e.line > 0 ? ` (${e.coro} is defined at line ${e.line})` : '';
      return e.parent === undefined
        ? `${e.name} is created for ${e.coro}()${where}${defined}; it waits in the ready queue.`
        : `${name(e.parent)} creates ${e.name} for ${e.coro}()${where}${defined}; it waits in the ready queue until the loop gets to it.`;
    }
    case 'queue':
      return e.task === null
        ? `A callback (${e.label}) joins the back of the ready queue.`
        : `${name(e.task)} joins the back of the ready queue (${e.kind === 'wakeup' ? 'to be woken' : 'to take a step'}).`;
    case 'timer':
      return `${e.task === null ? 'A timer' : `${name(e.task)}'s timer`} is set for ${secs(e.when)}.`;
    case 'timer-cancel':
      return 'A timer is cancelled before it fired: its task will not be woken by it.';
    case 'fire':
      return `A timer came due at ${secs(e.t)}: its handle moves to the ready queue.`;
    case 'handle': {
      if (e.skipped) return 'The loop pops a cancelled handle from the ready queue and skips it.';
      const h = queuedAs(events, k - 1, e.handle);
      if (h?.task != null && (h.kind === 'step' || h.kind === 'wakeup')) {
        const who = name(h.task);
        return `The loop pops ${who}'s ${h.kind} from the front of the ready queue and runs it: ${who} goes from Ready to Running.`;
      }
      return h
        ? `The loop pops the handle at the front of the ready queue (${h.label}) and runs it.`
        : 'The loop pops the handle at the front of the ready queue and runs it.';
    }
    case 'rename':
      return `The task is renamed ${e.name}.`;
    case 'run':
      return `${name(e.task)} runs from${onLine(source, e.stack[e.stack.length - 1])} until its next \`await\` that has to wait.`;
    case 'suspend': {
      const where = onLine(source, e.stack[e.stack.length - 1]);
      const who = name(e.task);
      const reached = where ? `${who} reached${where}` : `${who} suspended`;
      if (e.wait === 'sleep' && e.until !== null)
        return `${reached}: it gives the loop back, and a timer will wake it at ${secs(e.until)}.`;
      if (e.wait === 'yield')
        return `${reached}: it gives the loop back and goes to the back of the ready queue, so others take a turn.`;
      if (e.wait === 'task')
        return `${reached}: it gives the loop back until ${e.target === null ? e.detail : name(e.target)} finishes.`;
      if (e.wait === 'gather')
        return `${reached}: it gives the loop back until all ${e.children?.length ?? 'its'} children of ${e.detail} finish.`;
      return `${reached}: it gives the loop back until ${e.detail} is done.`;
    }
    case 'wake':
      return `${name(e.task)} is woken: what it awaited is done, so it is ready to go on.`;
    case 'done':
      return `${name(e.task)} finished and returned ${e.repr}.`;
    case 'error':
      return `${name(e.task)} failed with ${e.exc}; whoever awaits it gets the exception.`;
    case 'cancelled':
      return `${name(e.task)} was cancelled: CancelledError was raised at its \`await\`, and it ended.`;
    case 'line':
      return `${e.task === null ? 'The module' : name(e.task)} runs${onLine(source, e.line) || ` line ${e.line}`}.`;
    case 'print':
      return `${name(e.task)} prints ${JSON.stringify(e.text)}.`;
    case 'warning':
      return `Python warns: ${e.text}`;
    case 'uncaught':
      return `The program ends with an uncaught ${e.exc}.`;
    case 'limit':
      return `The run stopped: ${e.message}`;
    default:
      return unreachable(e);
  }
}
