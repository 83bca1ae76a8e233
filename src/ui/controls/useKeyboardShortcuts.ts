/** Space plays or pauses, ←/→ step, Home/End jump: anywhere but the editor and form fields. */
import { useEffect } from 'react';
import { useStoreApi } from '../../store/react';

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.cm-editor')) return true;
  return target.matches('input, select, textarea, [contenteditable="true"]');
}

export function useKeyboardShortcuts(): void {
  const store = useStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typingInto(e.target)) return;
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
