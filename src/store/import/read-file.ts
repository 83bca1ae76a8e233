/** A file's text, read in chunks so that a long read reports how far it got. */
import type { ImportProgress } from '../../trace/export';

export async function readFileText(file: Blob, onProgress: ImportProgress): Promise<string> {
  // Without streams (jsdom), in one go.
  if (typeof file.stream !== 'function') {
    const text = await file.text();
    onProgress({ phase: 'reading', done: file.size, total: file.size });
    return text;
  }
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    done += chunk.value.length;
    onProgress({ phase: 'reading', done, total: file.size });
  }
  parts.push(decoder.decode());
  return parts.join('');
}
