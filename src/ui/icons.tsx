/** Small inline icons (no icon font, no emoji: they render the same everywhere). */
import type { ReactElement } from 'react';

const PATHS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M6.5 4.5h4v15h-4zM13.5 4.5h4v15h-4z',
  stepBack: 'M6 5h2.5v14H6zM19 5v14l-9-7z',
  stepForward: 'M15.5 5H18v14h-2.5zM5 5v14l9-7z',
  jumpStart: 'M4 5h2.5v14H4zM13 5v14l-6-7zM21 5v14l-7-7z',
  jumpEnd: 'M17.5 5H20v14h-2.5zM11 5v14l6-7zM3 5v14l7-7z',
  running: 'M8 5v14l11-7z',
  ready: 'M4 6h11v2.5H4zM4 11h11v2.5H4zM4 16h11v2.5H4zM17 9l4 3-4 3z',
  awaiting:
    'M7 3h10v2h-1v2.6a4 4 0 0 1-1.8 3.4L12.8 12l1.4 1a4 4 0 0 1 1.8 3.4V19h1v2H7v-2h1v-2.6A4 4 0 0 1 9.8 13l1.4-1-1.4-1A4 4 0 0 1 8 7.6V5H7zm3 2v2.6a2 2 0 0 0 .9 1.7L12 10l1.1-.7a2 2 0 0 0 .9-1.7V5z',
  done: 'M9.5 16.2 5.3 12l-1.8 1.8 6 6 11-11-1.8-1.8z',
  error:
    'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
  cancelled:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 2a7 7 0 0 1 5.6 11.2L7.8 6.4A7 7 0 0 1 12 5zm-5.6 2.8 9.8 9.8A7 7 0 0 1 6.4 7.8z',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
  clock:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 2a7 7 0 1 1 0 14 7 7 0 0 1 0-14zm-1 2v5.4l4.3 2.6 1-1.7-3.3-2V7z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }): ReactElement {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
