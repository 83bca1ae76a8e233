/**
 * The first screen: what the URL asks for (a share link or `?scenario=NAME`), else the
 * program the user was last editing (their saved draft), else the default program. A link
 * that cannot be read leaves a message and the default program.
 */
import { findScenario } from '../../scenarios/presets';
import type { Draft } from '../../store/draft';
import type { LoopscopeStore } from '../../store/store';
import { readLink } from './share-link';

/** Sets the store up from `href`; resolves once the store holds what to show (before the run). */
export async function boot(
  store: LoopscopeStore,
  href: string,
  draft: Draft | null = null,
): Promise<void> {
  const reading = await readLink(href);
  const s = store.getState();
  switch (reading.kind) {
    case 'ok': {
      const { view } = reading;
      s.setSpeed(view.speed);
      const scenario = findScenario(view.scenario)?.id ?? null;
      void s.loadProgram(view.source, view.seed, scenario, view.position);
      return;
    }
    case 'scenario':
      if (findScenario(reading.id)) {
        void s.loadScenario(reading.id);
        return;
      }
      s.setLinkError(
        `There is no scenario called “${reading.id.slice(0, 40)}”. Showing the default program instead.`,
      );
      break;
    case 'error':
      s.setLinkError(reading.message);
      break;
    case 'none':
      if (draft !== null) {
        void s.loadProgram(draft.source, draft.seed, null);
        return;
      }
      break;
  }
  void s.simulate();
}

/**
 * `href` without the share link or `?scenario=` it was opened with, or null when it has
 * neither. Once the user edits, the page drops them from its URL, so that a reload brings
 * back the edited program (the saved draft) instead of the link's.
 */
export function withoutLink(href: string): string | null {
  const url = new URL(href);
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (!hash.has('code') && !hash.has('scenario') && !url.searchParams.has('scenario')) return null;
  url.hash = '';
  url.searchParams.delete('scenario');
  url.searchParams.delete('code');
  return url.toString();
}
