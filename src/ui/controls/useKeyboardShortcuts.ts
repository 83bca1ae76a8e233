/**
 * Space plays or pauses, ←/→ step, Home/End jump: anywhere but the editor and form fields,
 * and Space or Enter on a focused button press that button only. Escape in a field hands
 * the keys back to the replay.
 */
import { useEffect } from 'react';
import { useStoreApi } from '../../store/react';

function typingInto(target: Element): boolean {
  if (target.closest('.cm-editor')) return true;
  return target.matches('input, select, textarea, [contenteditable="true"]');
}

/** A focused control that Space and Enter activate by themselves. */
function pressable(target: Element): boolean {
  return target.matches('button, summary, a[href], [role="button"]');
}

export function useKeyboardShortcuts(): void {
  const store = useStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target && typingInto(target)) {
        // Out of a form field (not the editor, whose Escape is its own): keys drive the replay again.
        if (e.key === 'Escape' && target instanceof HTMLElement && !target.closest('.cm-editor'))
          target.blur();
        return;
      }
      if (target && pressable(target) && (e.key === ' ' || e.key === 'Enter')) return;
      const s = store.getState();
      switch (e.key) {
        case ' ':
          s.togglePlay();
          break;
        case 'ArrowLeft':
          s.step(-1);
          break;
        case 'ArrowRight':
          s.step(1);
          break;
        case 'Home':
          s.jumpStart();
          break;
        case 'End':
          s.jumpEnd();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
