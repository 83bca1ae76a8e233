/** React access to the store: a context holding it and hooks that take narrow selectors. */
import { createContext, createElement, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { LoopscopeStore } from './store';
import type { LoopscopeState } from './types';

const StoreContext = createContext<LoopscopeStore | null>(null);

export function LoopscopeProvider({
  store,
  children,
}: {
  store: LoopscopeStore;
  children: ReactNode;
}) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

export function useStoreApi(): LoopscopeStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi needs a <LoopscopeProvider>');
  return store;
}

/** Re-renders when the selected value changes (by identity). */
export function useLoopscope<T>(selector: (s: LoopscopeState) => T): T {
  return useStore(useStoreApi(), selector);
}

/** Re-renders when the selected array or object changes shallowly. */
export function useLoopscopeShallow<T>(selector: (s: LoopscopeState) => T): T {
  return useStore(useStoreApi(), useShallow(selector));
}
