/**
 * The first screen: what the URL asks for (a share link or `?scenario=NAME`), or the
 * default program. A link that cannot be read leaves a message and the default program.
 */
import { findScenario } from '../../scenarios/presets';
import type { LoopscopeStore } from '../../store/store';
import { readLink } from './share-link';

/** Sets the store up from `href`; resolves once the store holds what to show (before the run). */
export async function boot(store: LoopscopeStore, href: string): Promise<void> {
  const reading = await readLink(href);
  const s = store.getState();
  switch (reading.kind) {
    case 'ok': {
      const { view } = reading;
      s.setSpeed(view.speed);
      const loaded = s.loadProgram(view.source, view.seed, findScenario(view.scenario)?.id ?? null);
      void loaded.then(() => store.getState().seek(view.position));
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
      break;
  }
  void s.simulate();
}
