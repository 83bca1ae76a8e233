/**
 * A store array, kept the same while its items are: like `useLoopscopeShallow`, whose
 * comparison builds a Map of each array's entries (thousands a frame for a big run's lanes),
 * but a plain loop over the items.
 */
import { useRef } from 'react';
import { useLoopscope } from '../store/react';
import type { LoopscopeState } from '../store/types';

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

export function useLoopscopeList<T>(selector: (s: LoopscopeState) => readonly T[]): readonly T[] {
  const last = useRef<readonly T[] | null>(null);
  return useLoopscope((s) => {
    const next = selector(s);
    const prev = last.current;
    if (prev !== null && sameItems(prev, next)) return prev;
    last.current = next;
    return next;
  });
}
