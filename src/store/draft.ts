/**
 * The program as the user last edited it, kept in the browser (localStorage) so that a
 * reload or a crashed tab loses nothing. Saved on every edit the user makes (typing, the
 * slider, the seed), not when a link, a scenario or a file puts a program on screen: opening
 * someone's link does not overwrite your own draft. On load, a link or `?scenario=` in the
 * URL wins; without one, the draft comes back.
 */

export interface Draft {
  readonly source: string;
  readonly seed: number;
}

export interface DraftStore {
  load(): Draft | null;
  save(draft: Draft): void;
}

export const DRAFT_KEY = 'loopscope.draft.v1';

/** Reads a saved draft, or null when there is none or it is not one of ours. */
export function parseDraft(text: string | null): Draft | null {
  if (text === null) return null;
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return null;
    const { source, seed } = v as Record<string, unknown>;
    if (typeof source !== 'string') return null;
    return { source, seed: Number.isSafeInteger(seed) ? (seed as number) : 0 };
  } catch {
    return null;
  }
}

/** Drafts in `storage`; a browser that refuses storage (private mode, quota) keeps none. */
export function storageDrafts(storage: Pick<Storage, 'getItem' | 'setItem'> | null): DraftStore {
  return {
    load() {
      try {
        return parseDraft(storage?.getItem(DRAFT_KEY) ?? null);
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        storage?.setItem(DRAFT_KEY, JSON.stringify({ source: draft.source, seed: draft.seed }));
      } catch {
        // Storage is full or off: the program stays in the editor and in share links.
      }
    },
  };
}

/** The browser's localStorage, when the page may use it. */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
