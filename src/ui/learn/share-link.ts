/**
 * Share links: the program (deflated, base64url), N, seed, scenario, cursor and speed in
 * the URL's hash. Reading one never throws: what it cannot read becomes a message.
 */
import { SPEEDS } from '../../store/playback/timing';
import { MAX_COUNT, MIN_COUNT, readCount, writeCount } from '../../store/program-count';
import { count, LIMITS, limitPhrase } from '../../limits';

/** Links longer than this are refused, both when making and when opening them. */
export const MAX_LINK_CHARS = LIMITS.linkSize.value;

export interface SharedView {
  source: string;
  seed: number;
  scenario: string | null;
  position: number;
  speed: number;
}

export type LinkReading =
  | { kind: 'none' }
  | { kind: 'ok'; view: SharedView }
  | { kind: 'scenario'; id: string }
  | { kind: 'error'; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** A link's program decompresses to more than the code size limit allows. */
class TooLong extends Error {}

/**
 * Runs `bytes` through a (de)compression stream, stopping past `maxBytes` of output (a
 * few kB of deflate can expand to gigabytes).
 */
async function pipe(
  bytes: Uint8Array,
  stream: GenerateTransformStream,
  maxBytes = Infinity,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writer's promises would only repeat them.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLong();
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
type GenerateTransformStream = CompressionStream | DecompressionStream;

export async function packCode(source: string): Promise<string> {
  return toBase64Url(
    await pipe(new TextEncoder().encode(source), new CompressionStream('deflate-raw')),
  );
}

/**
 * The largest program a link may unpack to, in UTF-8 bytes. A program over the code size
 * limit but under this opens in the editor with the limit's message, like one typed in; a
 * link that unpacks to more (a few kB of deflate can expand to gigabytes) is not opened.
 */
export const MAX_UNPACKED_BYTES = LIMITS.codeSize.value * 4;

/** The program in a link; throws `TooLong` past MAX_UNPACKED_BYTES. */
export async function unpackCode(packed: string): Promise<string> {
  const inflate = new DecompressionStream('deflate-raw');
  const bytes = await pipe(fromBase64Url(packed), inflate, MAX_UNPACKED_BYTES);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The hash (without `#`) that restores `view`. */
export async function makeHash(view: SharedView): Promise<string> {
  const p = new URLSearchParams();
  p.set('code', await packCode(view.source));
  const n = readCount(view.source);
  if (n !== null) p.set('n', String(n));
  p.set('seed', String(view.seed));
  if (view.scenario) p.set('scenario', view.scenario);
  p.set('k', String(view.position));
  p.set('speed', String(view.speed));
  return p.toString();
}

const INT = /^-?\d{1,15}$/;

/** Reads a page URL: a share link in the hash, or `?scenario=NAME`, or nothing. */
export async function readLink(href: string): Promise<LinkReading> {
  if (href.length > MAX_LINK_CHARS) {
    return {
      kind: 'error',
      message: `This link is ${Math.ceil(href.length / 1024)} kB, over ${LIMITS.linkSize.shown} ${limitPhrase('linkSize')}, so it was not read. Showing the default program instead.`,
    };
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'error', message: 'This link is not a valid URL.' };
  }
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const query = url.searchParams;
  const get = (key: string) => hash.get(key) ?? query.get(key);
  const code = get('code');
  if (code === null) {
    const id = get('scenario');
    return id === null ? { kind: 'none' } : { kind: 'scenario', id };
  }
  const problems: string[] = [];
  let source = '';
  try {
    source = await unpackCode(code);
  } catch (e) {
    problems.push(
      e instanceof TooLong
        ? `the program in it is far longer than ${LIMITS.codeSize.shown} ${limitPhrase('codeSize')}, so it was not opened`
        : 'the program in it is damaged (it could not be decompressed)',
    );
  }
  const int = (key: string, fallback: number, ok: (n: number) => boolean, what: string) => {
    const raw = get(key);
    if (raw === null) return fallback;
    if (!INT.test(raw) || !ok(Number(raw))) {
      problems.push(`${key}=${raw.slice(0, 40)} is not ${what}`);
      return fallback;
    }
    return Number(raw);
  };
  const seed = int('seed', 0, Number.isSafeInteger, 'a whole number');
  const position = int('k', 0, (n) => n >= 0, 'an event index');
  const n = int(
    'n',
    -1,
    (v) => v >= MIN_COUNT && v <= MAX_COUNT,
    `a count from ${MIN_COUNT} to ${count(MAX_COUNT)} ${limitPhrase('coroutines')}`,
  );
  const rawSpeed = get('speed');
  const speed = rawSpeed === null ? 1 : Number(rawSpeed);
  if (!(SPEEDS as readonly number[]).includes(speed))
    problems.push(`speed=${String(rawSpeed).slice(0, 40)} is not one of the speeds`);
  if (problems.length > 0) {
    return {
      kind: 'error',
      message: `This link could not be read: ${problems.join('; ')}. Showing the default program instead.`,
    };
  }
  return {
    kind: 'ok',
    view: {
      source: n === -1 ? source : writeCount(source, n),
      seed,
      scenario: get('scenario'),
      position,
      speed,
    },
  };
}
